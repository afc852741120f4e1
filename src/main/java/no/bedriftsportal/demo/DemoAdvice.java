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
 * What the savings advice (X1, #18.1) needs beyond the planned lines: the planned ones already give over-provisioned
 * FRI_20 users and BASIS users who would be cheaper on FRI, but every one of them is used. These are the lines a real
 * company forgets: a spare SIM in Administrasjon and a router in a meeting room, active for most of a year and never
 * used, so Sparetips suggests terminating them. No CDRs name them; the invoices charge their fees.
 */
final class DemoAdvice {

    /** The first number tried for the forgotten lines; the next free one is taken. */
    private static final long FIRST_NUMBER = 94_999_001L;

    private DemoAdvice() {
    }

    /** Activates the forgotten lines; {@code accounts} are the plan's customer numbers in its order. */
    static List<Msisdn> seed(Subscriptions subscriptions, long companyId, List<CustomerAccount> accounts, Clock clock) {
        LocalDate activeFrom = Oslo.today(clock).minusDays(300);
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
