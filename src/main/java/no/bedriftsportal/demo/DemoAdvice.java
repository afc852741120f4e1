package no.bedriftsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * What the savings advice (X1, #18.1) needs beyond the planned lines. The planned BASIS users already surf and call
 * enough to be cheaper on FRI, but every planned FRI_20 line uses 6 GB or more and every line is used. So: a few light
 * FRI_1 users were moved to FRI_20 eight months ago (their usage stays that of a FRI_1 user: over-provisioned), and
 * the lines a real company forgets — a spare SIM in Administrasjon and a router in a meeting room, active for most
 * of a year and never used — are added, so Sparetips suggests terminating them. No CDRs name those; the invoices
 * charge their fees.
 */
final class DemoAdvice {

    /** The first number tried for the forgotten lines; the next free one is taken. */
    private static final long FIRST_NUMBER = 94_999_001L;

    private DemoAdvice() {
    }

    /** How many light FRI_1 users are moved to FRI_20. */
    static final int OVER_PROVISIONED = 4;

    /**
     * Moves light users to FRI_20 and activates the forgotten lines; {@code accounts} are the plan's customer numbers in
     * its order, its lines already activated. Returns the forgotten lines.
     */
    static List<Msisdn> seed(Subscriptions subscriptions, long companyId, DemoPlan plan, List<CustomerAccount> accounts,
            Clock clock) {
        LocalDate today = Oslo.today(clock);
        LocalDate movedOn = today.minusDays(240);
        plan.subscriptions().stream()
                .filter(line -> "FRI_1".equals(line.plan()) && line.upgrade() == null && line.terminateOn() == null
                        && line.employee() != null && line.employee() > 2 && line.activeFrom().isBefore(movedOn)
                        && !line.msisdn().equals(DemoPlanner.EMPLOYEE_ONLY))
                .limit(OVER_PROVISIONED)
                .forEach(line -> subscriptions.changePlan(line.msisdn().value(), "FRI_20", movedOn));
        LocalDate activeFrom = today.minusDays(300);
        Msisdn spare = free(subscriptions, FIRST_NUMBER);
        subscriptions.activate(new ActivateSubscription(companyId, spare.value(), "FRI_5", accounts.get(0).id(), null, activeFrom,
                false, null));
        Msisdn router = free(subscriptions, Long.parseLong(spare.national()) + 1);
        subscriptions.activate(new ActivateSubscription(companyId, router.value(), "MBB_50", accounts.get(accounts.size() - 1).id(),
                null, activeFrom, false, null));
        return List.of(spare, router);
    }

    /** Whether a subscription is one of these lines (they have no place in the plan). */
    static boolean isForgotten(Msisdn msisdn) {
        long number = Long.parseLong(msisdn.national());
        return number >= FIRST_NUMBER && number < FIRST_NUMBER + 100;
    }

    private static Msisdn free(Subscriptions subscriptions, long from) {
        for (long number = from; ; number++) {
            Msisdn msisdn = Msisdn.of(Long.toString(number));
            if (subscriptions.ofNumber(msisdn.value()).isEmpty()) {
                return msisdn;
            }
        }
    }
}
