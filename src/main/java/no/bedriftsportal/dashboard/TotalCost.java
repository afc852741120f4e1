package no.bedriftsportal.dashboard;

import no.bedriftsportal.billing.MonthlyCharge;

/**
 * The one definition of a user's "Totalkostnad" in a month, used by D6/D7's list (shown, sorted and
 * filtered on), D6's panel and the users Excel file: the usage cost ("Brukskostnad", from the
 * per-subscription monthly rollup) plus the monthly fee and the extra packages the company pays,
 * as billing bills them ({@link no.bedriftsportal.billing.MonthlyCharges}). A list sorted or
 * filtered by it is sorted and filtered in Java ({@link UserOverview}), so the sum is written once.
 */
final class TotalCost {

    private TotalCost() {
    }

    /** A user's usage with the month's fee and extra packages, and their sum; a user billing has nothing for pays none. */
    static UserCost of(UserCost usage, MonthlyCharge charge) {
        MonthlyCharge billed = charge == null ? MonthlyCharge.NONE : charge;
        return new UserCost(usage.subscriptionId(), usage.msisdn(), usage.name(), usage.department(), usage.planCode(),
                usage.voiceSeconds(), usage.messages(), usage.bytes(), usage.amount(), usage.customerNumber(), billed.fee(),
                billed.extraPackages(), usage.amount().add(billed.fee()).add(billed.extraPackages()));
    }
}
