package no.bedriftsportal.payment;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The fallback Vipps recommends beside webhooks: every {@code portal.vipps.poll-interval}, each payment
 * still CREATED or AUTHORIZED whose last change and last look are {@code poll-after} old is read from
 * Vipps and moved (captured, failed, or expired once the payer's time is up). It runs outside any
 * portal request, on the operator's connections, so it sees every company's payments. Several
 * instances may poll the same payment: the moves are conditional and the capture idempotent.
 */
@Component
class VippsPoller {

    private static final Logger log = LoggerFactory.getLogger(VippsPoller.class);
    private static final int BATCH = 100;

    private final VippsProperties properties;
    private final VippsPaymentRepository payments;
    private final SettleVippsPayment settle;
    private final Clock clock;

    VippsPoller(VippsProperties properties, VippsPaymentRepository payments, SettleVippsPayment settle, Clock clock) {
        this.properties = properties;
        this.payments = payments;
        this.settle = settle;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.vipps.poll-interval:10s}")
    void poll() {
        if (!properties.configured()) {
            return;
        }
        for (String reference : payments.unsettled(clock.instant().minus(properties.pollAfter()), BATCH)) {
            try {
                settle.settle(reference, "poll");
            } catch (RuntimeException e) {
                log.warn("Vipps payment {}: poll failed, tried again later: {}", reference, e.getMessage());
            }
        }
    }
}
