package no.bedriftsportal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice an invoice-period report reads (R3): the report names each, with the totals the
 * invoice itself carries, so its sums can be checked against the invoices to the øre.
 *
 * @param type INVOICE or CREDIT_NOTE (a credit note's amounts are negative as the customer sees them)
 */
public record CoveredInvoice(long id, long number, String type, String customerNumber, LocalDate issueDate,
        LocalDate periodStart, LocalDate periodEnd, BigDecimal amountExclVat, BigDecimal vat, BigDecimal total) {
}
