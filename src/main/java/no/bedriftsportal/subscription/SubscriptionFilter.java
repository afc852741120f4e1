package no.bedriftsportal.subscription;

import java.time.LocalDate;

import no.bedriftsportal.shared.Msisdn;

/**
 * Which of a scope's subscriptions a list shows (the company API's filters); each null field
 * filters nothing.
 *
 * @param customerAccountId only under this customer number
 * @param msisdn            only this number
 * @param status            only those active, or only those terminated, on {@code today}
 */
public record SubscriptionFilter(Long customerAccountId, Msisdn msisdn, Status status, LocalDate today) {

    /** Terminated: its termination has taken effect on or before today; active otherwise (also one that starts later). */
    public enum Status {
        ACTIVE, TERMINATED;

        public static Status of(Subscription subscription, LocalDate today) {
            return subscription.terminatedOn() != null && !subscription.terminatedOn().isAfter(today) ? TERMINATED : ACTIVE;
        }
    }
}
