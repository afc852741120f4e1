/**
 * The demo company generator (B2): an invented company with departments, employees with Norwegian
 * names, subscriptions, portal users, 36 months of usage, invoices and payments, written through the
 * other modules' APIs, the CDR spool and the OCR import only, the same way the operator feeds the
 * system. Deterministic from a seed. Its invoice control (#14): a year of profiles, choices,
 * agreements, classifications and monthly results ({@link no.bedriftsportal.demo.DemoCostSharing}).
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "catalog", "subscription", "identity", "usage", "billing", "costsharing",
        "onboarding", "equipment", "insights"})
package no.bedriftsportal.demo;

import org.springframework.modulith.ApplicationModule;
