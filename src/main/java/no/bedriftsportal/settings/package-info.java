/**
 * Innstillinger → Firma (SPEC S2, issue #17.5 and #17.7, ADR 0024): one page and one {@code /api/v1/settings}
 * door over the company's settings, each kept by the module that owns it — the company's details,
 * departments' names, notification e-mail, language and payment terms by {@code customer}
 * ({@link no.bedriftsportal.customer.CompanySettings}), the working hours by {@code costsharing}
 * ({@link no.bedriftsportal.costsharing.CostSharingSettingsService}), the same value invoice control
 * reads. A module of its own because it composes both: identity may not depend on costsharing,
 * which depends on identity.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "identity", "costsharing", "equipment"})
package no.bedriftsportal.settings;

import org.springframework.modulith.ApplicationModule;
