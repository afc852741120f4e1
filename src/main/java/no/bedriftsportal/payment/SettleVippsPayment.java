package no.bedriftsportal.payment;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.payment.VippsClient.RemotePayment;
import no.bedriftsportal.payment.VippsPaymentRepository.StoredPayment;

/**
 * Brings one payment up to date with Vipps: reads it there (a webhook's body is only a hint that
 * something happened, never believed), captures it as soon as it is approved, and moves the stored
 * state. Each move is an update conditional on the state it leaves, in a transaction that also
 * publishes the outcome event, so however often and in whatever order webhooks and the poller call
 * this, a payment is captured, and announced, once.
 *
 * <p>A capture Vipps refuses (4xx) ends the payment as CAPTURE_FAILED and releases the reservation;
 * a capture that got no answer or a 5xx leaves it AUTHORIZED for the next call to try again with the
 * same Idempotency-Key, which Vipps answers without capturing twice.
 */
@Component
class SettleVippsPayment {

    private static final Logger log = LoggerFactory.getLogger(SettleVippsPayment.class);

    private final VippsClient vipps;
    private final VippsPaymentRepository payments;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettleVippsPayment(VippsClient vipps, VippsPaymentRepository payments, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.vipps = vipps;
        this.payments = payments;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Asks Vipps about the payment and moves it; {@code cause} (a webhook's event name, "poll") is recorded. */
    void settle(String reference, String cause) {
        StoredPayment payment = payments.find(reference).orElse(null);
        if (payment == null) {
            log.warn("Vipps payment {} is not ours ({}): ignored", reference, cause);
            return;
        }
        if (payment.state().terminal()) {
            return;
        }
        RemotePayment remote;
        try {
            remote = vipps.get(reference);
        } catch (VippsApiException e) {
            if (e.status() == 404 && !clock.instant().isBefore(payment.expiresAt())) {
                fail(payment, PaymentState.CREATED, PaymentState.CREATE_FAILED, null, cause, "Vipps does not know the payment");
                return;
            }
            throw e;
        }
        switch (remote.state()) {
            case "CREATED" -> {
                if (clock.instant().isBefore(payment.expiresAt())) {
                    payments.checked(reference, cause, clock.instant());
                } else {
                    expire(payment, cause);
                }
            }
            case "AUTHORIZED" -> authorized(payment, remote, cause);
            case "ABORTED" -> fail(payment, PaymentState.CREATED, PaymentState.ABORTED, remote, cause, null);
            case "EXPIRED" -> fail(payment, PaymentState.CREATED, PaymentState.EXPIRED, remote, cause, null);
            case "TERMINATED" -> fail(payment, PaymentState.CREATED, PaymentState.TERMINATED, remote, cause, null);
            default -> log.warn("Vipps payment {} has an unknown state {}: left as it is", reference, remote.state());
        }
    }

    private void authorized(StoredPayment payment, RemotePayment remote, String cause) {
        if (payment.state() == PaymentState.CREATED) {
            payments.move(payment.reference(), PaymentState.CREATED, PaymentState.AUTHORIZED, remote, cause, null, clock.instant());
        }
        if (remote.captured()) {
            captured(payment, remote, cause);
            return;
        }
        RemotePayment afterCapture;
        try {
            afterCapture = vipps.capture(payment.reference(), payment.captureIdempotencyKey(), payment.amountOre());
        } catch (VippsApiException e) {
            if (!e.clientError()) {
                log.warn("Vipps payment {}: capture unanswered, tried again later: {}", payment.reference(), e.getMessage());
                return;
            }
            log.warn("Vipps payment {}: capture refused, the authorisation is cancelled: {}", payment.reference(), e.getMessage());
            fail(payment, PaymentState.AUTHORIZED, PaymentState.CAPTURE_FAILED, null, "capture", e.getMessage());
            cancelQuietly(payment);
            return;
        }
        if (afterCapture.captured()) {
            captured(payment, afterCapture, "capture");
        } else {
            payments.checked(payment.reference(), "capture", clock.instant());
        }
    }

    private void captured(StoredPayment payment, RemotePayment remote, String cause) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (payments.move(payment.reference(), PaymentState.AUTHORIZED, PaymentState.CAPTURED, remote, cause, null, now)) {
                events.publishEvent(new VippsPaymentCaptured(payment.companyId(), payment.employeeId(), payment.reference(),
                        payment.purpose(), payment.purposeKey(), remote.capturedOre(), now));
            }
        });
    }

    /**
     * The payer had their minutes: one last look was the GET just made, and it still waits. The payment is
     * cancelled at Vipps too, so that an approval a moment later reserves nothing the portal ignores.
     */
    private void expire(StoredPayment payment, String cause) {
        cancelQuietly(payment);
        fail(payment, PaymentState.CREATED, PaymentState.EXPIRED, null, cause, "not approved in time");
    }

    void fail(StoredPayment payment, PaymentState from, PaymentState to, RemotePayment remote, String cause, String failure) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (payments.move(payment.reference(), from, to, remote, cause, failure, now)) {
                events.publishEvent(new VippsPaymentFailed(payment.companyId(), payment.employeeId(), payment.reference(),
                        payment.purpose(), payment.purposeKey(), to, now));
            }
        });
    }

    private void cancelQuietly(StoredPayment payment) {
        try {
            vipps.cancel(payment.reference(), payment.cancelIdempotencyKey());
        } catch (VippsApiException e) {
            log.warn("Vipps payment {}: cancel failed ({}); Vipps releases the reservation when it expires",
                    payment.reference(), e.getMessage());
        }
    }
}
