package no.bedriftsportal.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.payment.VippsPaymentRepository.StoredPayment;

/**
 * Payments by Vipps, for any module: {@link #start} asks the payer to approve an amount and gives the
 * URL to send them to; the outcome comes as one {@link VippsPaymentCaptured} or {@link VippsPaymentFailed}
 * event (listen with {@code @ApplicationModuleListener}); {@link #status} and {@link #refresh} serve a
 * "waiting for Vipps" page.
 */
@Service
public class VippsPayments {

    private final VippsProperties properties;
    private final VippsClient vipps;
    private final VippsPaymentRepository payments;
    private final SettleVippsPayment settle;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    VippsPayments(VippsProperties properties, VippsClient vipps, VippsPaymentRepository payments, SettleVippsPayment settle,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.properties = properties;
        this.vipps = vipps;
        this.payments = payments;
        this.settle = settle;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Whether Vipps is configured; when not, {@link #start} refuses and callers should not offer Vipps. */
    public boolean enabled() {
        return properties.configured();
    }

    /**
     * Sends the payment to Vipps. The row is written and committed first, in a transaction of its own,
     * whatever the caller's: if the portal stops between Vipps' answer and a commit, the poller still
     * finds the payment and asks Vipps about it. A payment Vipps refuses (4xx) ends as CREATE_FAILED; one
     * it did not answer stays CREATED for the poller to find out. Either way this throws
     * {@link VippsApiException}.
     *
     * @throws IllegalStateException when Vipps is not configured
     */
    public StartedPayment start(PaymentRequest request) {
        if (!enabled()) {
            throw new IllegalStateException("Vipps is not configured (PORTAL_VIPPS_*): no payment can be started");
        }
        Instant now = clock.instant();
        String reference = "bp-" + request.companyId() + "-" + UUID.randomUUID().toString().replace("-", "");
        StoredPayment payment = new StoredPayment(request.companyId(), request.employeeId(), reference, PaymentState.CREATED,
                request.amountOre(), request.payer().value(), request.description(), request.purpose(), request.purposeKey(),
                request.returnUrl(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, now,
                now.plus(properties.paymentExpiry()), now);
        ownTransaction.executeWithoutResult(status -> payments.insert(payment));
        String redirectUrl;
        try {
            redirectUrl = vipps.create(reference, payment.createIdempotencyKey(), request.amountOre(),
                    request.payer().value().substring(1), request.description(), request.returnUrl());
        } catch (VippsApiException e) {
            if (e.clientError()) {
                ownTransaction.executeWithoutResult(status -> settle.fail(payment, PaymentState.CREATED,
                        PaymentState.CREATE_FAILED, null, "create", e.getMessage()));
            }
            throw e;
        }
        ownTransaction.executeWithoutResult(status -> payments.redirectUrl(reference, redirectUrl));
        return new StartedPayment(reference, redirectUrl);
    }

    /** The company's payment as stored now. */
    public Optional<PaymentStatus> status(long companyId, String reference) {
        return payments.find(companyId, reference).map(VippsPayments::status);
    }

    /**
     * The company's payment after asking Vipps about it, for the page the payer returns to (Vipps
     * recommends a GET then, not waiting for the webhook). Vipps not answering leaves it as stored.
     */
    public Optional<PaymentStatus> refresh(long companyId, String reference) {
        Optional<PaymentStatus> stored = status(companyId, reference);
        if (stored.isPresent() && !stored.get().state().terminal() && enabled()) {
            try {
                settle.settle(reference, "return");
            } catch (VippsApiException e) {
                return stored;
            }
            return status(companyId, reference);
        }
        return stored;
    }

    private static PaymentStatus status(StoredPayment payment) {
        return new PaymentStatus(payment.companyId(), payment.employeeId(), payment.reference(), payment.state(), payment.amountOre(), payment.description(),
                payment.purpose(), payment.purposeKey(), payment.redirectUrl(), payment.createdAt(), payment.updatedAt());
    }
}
