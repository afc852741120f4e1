package no.bedriftsportal.payment;

import java.util.Objects;

import no.bedriftsportal.shared.Msisdn;

/**
 * What a caller asks the payer to approve: who pays ({@code employeeId} of {@code companyId}, with the
 * Vipps app on {@code payer}), how much in øre, the text shown in the app, and the caller's own
 * {@code purpose} and {@code purposeKey} (e.g. {@code EXTRA_PACKAGE}, {@code EXTRA_5}), handed back in
 * the outcome events so the caller knows what to do. The payer comes back to {@code returnUrl}.
 */
public record PaymentRequest(long companyId, long employeeId, Msisdn payer, long amountOre, String description,
        String purpose, String purposeKey, String returnUrl) {

    public PaymentRequest {
        Objects.requireNonNull(payer, "payer");
        if (amountOre <= 0) {
            throw new IllegalArgumentException("amountOre must be positive, was " + amountOre);
        }
        if (description == null || description.isBlank() || description.length() > 100) {
            throw new IllegalArgumentException("description: 1–100 characters");
        }
        if (purpose == null || purpose.isBlank() || purposeKey == null || purposeKey.isBlank()) {
            throw new IllegalArgumentException("purpose and purposeKey are required");
        }
        if (returnUrl == null || !(returnUrl.startsWith("https://") || returnUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("returnUrl must be an absolute http(s) URL");
        }
    }
}
