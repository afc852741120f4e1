package no.bedriftsportal.payment;

import java.time.Instant;

/**
 * A payment is paid: published once per payment, in the transaction that moved it to
 * {@link PaymentState#CAPTURED}. Listeners act on {@code purpose} and {@code purposeKey}.
 */
public record VippsPaymentCaptured(long companyId, long employeeId, String reference, String purpose, String purposeKey,
        long amountOre, Instant capturedAt) {
}
