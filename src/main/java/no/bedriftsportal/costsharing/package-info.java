/**
 * Invoice control, Fakturakontroll (SPEC IC1–IC7, issue #14, {@code product/COST-SHARING.md}): the
 * company's profiles and settings decide, per subscription and usage month, what the employee pays
 * (salary deduction) and what is a taxable benefit; the monthly results and the payroll files.
 *
 * <p>"Who pays" rules apply per usage month: the profile version, the assignment and the settings
 * in force for month M are the last ones saved before the 1st of M+1, 00:00 Oslo. Rules that steer
 * rating (Datakontroll, the automatic extra package and its payer) are handed to the subscription
 * module the moment a profile is saved, and apply to every event rated after that.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "catalog", "subscription", "usage", "billing",
        "identity", "messaging"})
package no.bedriftsportal.costsharing;

import org.springframework.modulith.ApplicationModule;
