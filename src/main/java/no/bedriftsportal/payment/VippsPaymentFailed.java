package no.bedriftsportal.payment;

import java.time.Instant;

/**
 * A payment ended without buying anything (aborted, expired, terminated, capture refused, never
 * created): published once, in the transaction that moved it to that state.
 */
public record VippsPaymentFailed(long companyId, long employeeId, String reference, String purpose, String purposeKey,
        PaymentState state, Instant failedAt) {
}
