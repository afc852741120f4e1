package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Instant;

/** Private content purchases earlier in a year, for a company that starts mid-year (NOK gross). */
public record OpeningBalance(int year, BigDecimal amount, Instant recordedAt, String recordedBy) {
}
