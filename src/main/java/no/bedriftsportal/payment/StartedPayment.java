package no.bedriftsportal.payment;

/** A payment sent to Vipps: send the payer to {@code redirectUrl}; ask {@link VippsPayments#status} by {@code reference}. */
public record StartedPayment(String reference, String redirectUrl) {
}
