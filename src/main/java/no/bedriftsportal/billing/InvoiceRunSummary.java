package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An invoice run: the month, how many invoices it issued and their total including VAT.
 *
 * @param alreadyRun true when the month had been run before, and this call changed nothing
 */
public record InvoiceRunSummary(long id, YearMonth month, int invoices, BigDecimal total, boolean alreadyRun) {
}
