package no.bedriftsportal.payment;

import java.time.Instant;

/** One payment as a "waiting for Vipps" page shows it. */
public record PaymentStatus(long companyId, long employeeId, String reference, PaymentState state, long amountOre, String description, String purpose,
        String purposeKey, String redirectUrl, Instant createdAt, Instant updatedAt) {
}
