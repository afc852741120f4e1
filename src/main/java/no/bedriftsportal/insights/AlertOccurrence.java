package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something a check found: its subject (a subscription, or an invoice), its period and the amounts to tell.
 * Fires once per (company, kind, subject, period).
 *
 * @param period     the key of the period: {@code 2026-12-07} (a day), {@code 2026-12} (a month) or the invoice number
 * @param occurredOn the day, the month's first day, or the invoice's due day
 * @param amount     what was spent or owed in kr, or the share of data used in per cent
 * @param reference  what it is measured against: the threshold, the user's normal
 */
public record AlertOccurrence(Long subscriptionId, Long customerAccountId, Long invoiceId, String period, LocalDate occurredOn,
        BigDecimal amount, BigDecimal reference) {

    /** The subject's key in the alert table. */
    public String subject() {
        if (invoiceId != null) {
            return "i:" + invoiceId;
        }
        return subscriptionId != null ? "s:" + subscriptionId : "a:" + customerAccountId; // a department (a budget, #18.3)
    }
}
