/**
 * Innsikt (SPEC X1–X3, issue #18): advice that saves money, alerts on unusual cost and budgets with
 * a forecast to month end. Fed as usage is ingested (events from {@code usage}) and read from its
 * rollups and the catalogue's prices, never from a timer over raw events. Its pages live under
 * {@code /insights} (the module grant {@code INSIGHTS}) and its API under {@code /api/v1/insights}.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "identity", "subscription", "usage", "billing", "catalog",
        "messaging"})
package no.bedriftsportal.insights;

import org.springframework.modulith.ApplicationModule;
