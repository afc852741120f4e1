package no.bedriftsportal.subscription;

import java.time.LocalDate;

/** A subscription was terminated: it is no longer active from {@code terminatedOn}. */
public record SubscriptionTerminated(long companyId, long subscriptionId, String msisdn, LocalDate terminatedOn) {
}
