package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One alert as the list shows it: what happened, to whom, when, and where it stands.
 *
 * @param msisdn   the subscription's number, null for an invoice's alert
 * @param userName the subscription's user, null when none
 * @param period   the day, the month ({@code 2026-12}) or the invoice number
 */
public record AlertLine(long id, AlertKind kind, AlertState state, Long subscriptionId, String msisdn, String userName,
        String customerNumber, String departmentName, String period, LocalDate occurredOn, BigDecimal amount,
        BigDecimal reference, Instant createdAt, boolean notified, String stateChangedBy, Instant stateChangedAt) {
}
