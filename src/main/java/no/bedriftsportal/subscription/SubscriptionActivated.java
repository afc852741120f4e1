package no.bedriftsportal.subscription;

import java.time.LocalDate;

/** A subscription was activated, from the given day. */
public record SubscriptionActivated(long companyId, long subscriptionId, String msisdn, LocalDate activeFrom) {
}
