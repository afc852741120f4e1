package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import no.bedriftsportal.shared.Oslo;

/** Alerts for page and browser tests, recorded as the evaluator records a check's finding (nobody told: rules off). */
final class AlertSeed {

    private AlertSeed() {
    }

    /** A roaming alert of today for a subscription. */
    static void roaming(AlertEvaluator evaluator, Clock clock, long companyId, long subscriptionId, long accountId,
            String amount) {
        LocalDate today = Oslo.today(clock);
        AlertRule off = new AlertRule(companyId, AlertKind.ROAMING_DAY, false, new BigDecimal("500.00"), null, null, false,
                false, false, java.util.List.of(), null, null);
        evaluator.record(off, new AlertOccurrence(subscriptionId, accountId, null, today.toString(), today,
                new BigDecimal(amount), new BigDecimal("500.00")), today);
    }
}
