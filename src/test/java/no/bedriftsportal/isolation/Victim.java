package no.bedriftsportal.isolation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.shared.Msisdn;

/**
 * The company the attackers aim at, as {@link VictimCompanyMother} seeded it: what the route table
 * fills paths, parameters and bodies from, and the markers no attacker may read. Everything marked
 * lives under its first customer number ({@code Salg}); the attackers of the victim company itself
 * are limited to the second ({@code Drift}) or lack a module.
 *
 * @param superUser       the victim's own super user, whose calls prove the table reaches real data
 * @param person          an employee under Salg who is also a portal user (limited to Salg)
 * @param personUserId    that portal user's id (the settings routes)
 * @param subscriptionId  the person's subscription (the users and data panels)
 * @param employeeId      the person as an employee (the company API's employees)
 * @param country         where the person used their phone abroad this month
 * @param usageDay        the day of this month's usage
 * @param invoice         Salg's invoice for {@code invoicedMonth}
 * @param cdrFileId       the CDR file of this month's usage
 * @param apiTokenId      a company API token of the victim's (Settings → API)
 * @param profileId       a cost-sharing profile of the victim's own, which the person's subscription has (so it cannot be deleted)
 * @param savedReportId   the super user's saved report, with a weekly schedule (#16.6)
 * @param deviceId        the person's phone in the equipment register (#17), under the marked customer number
 */
record Victim(TestCompany company, Msisdn superUser, Msisdn person, long personUserId, long subscriptionId, long employeeId, String country,
        LocalDate usageDay, YearMonth invoicedMonth, InvoiceSummary invoice, long cdrFileId, List<Marker> markers, long apiTokenId,
        long profileId, long savedReportId, long deviceId) {

    String orgNumber() {
        return company.company().orgNumber().value();
    }

    String customerNumber() {
        return company.account(0).number();
    }

    long customerAccountId() {
        return company.account(0).id();
    }
}
