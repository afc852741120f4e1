/**
 * Payments by Vipps MobilePay (ePayment API v1, ADR 0018): a payer approves an amount in the app, the
 * portal captures it at once, and tells whoever asked by one {@link no.bedriftsportal.payment.VippsPaymentCaptured}
 * (or {@link no.bedriftsportal.payment.VippsPaymentFailed}) event; webhooks and a poller both move a payment,
 * and neither can move it twice. It knows nothing of what is bought: the caller's purpose and key come back in the event.
 */
@ApplicationModule(allowedDependencies = "shared")
package no.bedriftsportal.payment;

import org.springframework.modulith.ApplicationModule;
