package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A subscription's usage of one kind in one month, as one or more files brought it: what an
 * invoice line is made of.
 *
 * @param provider the content provider, or "" for other kinds
 */
public record UsageChargeRow(long subscriptionId, YearMonth month, ChargeKind kind, String zone, int vatRate, String provider,
        LocalDate firstDay, LocalDate lastDay, long events, long seconds, long bytes, long quantity, BigDecimal amount) {
}
