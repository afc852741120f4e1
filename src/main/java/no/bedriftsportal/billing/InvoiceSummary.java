package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice or credit note in a list: what D3 and the invoice archive show.
 *
 * @param remaining what is left to pay (total less payments and credit notes); zero or less when settled
 * @param creditedNumber for a credit note, the invoice it credits
 */
public record InvoiceSummary(long companyId, long id, DocumentType type, long number, long customerAccountId,
        String customerNumber, String customerName, LocalDate issueDate, LocalDate dueDate, LocalDate periodStart,
        LocalDate periodEnd, String kid, BigDecimal amountExclVat, BigDecimal vat, BigDecimal total, BigDecimal paid,
        BigDecimal remaining, InvoiceStatus status, Long creditedNumber) {

    /** The amount including VAT as it counts in a sum: negative for a credit note. */
    public BigDecimal signedTotal() {
        return type == DocumentType.CREDIT_NOTE ? total.negate() : total;
    }

    public BigDecimal signedAmountExclVat() {
        return type == DocumentType.CREDIT_NOTE ? amountExclVat.negate() : amountExclVat;
    }

    public BigDecimal signedVat() {
        return type == DocumentType.CREDIT_NOTE ? vat.negate() : vat;
    }

    /** What is left to pay of a new or overdue invoice; zero for the rest. */
    public BigDecimal open() {
        return status == InvoiceStatus.NEW || status == InvoiceStatus.OVERDUE ? remaining : BigDecimal.ZERO;
    }

    /** What is left to pay of an overdue invoice; zero for the rest. */
    public BigDecimal overdue() {
        return status == InvoiceStatus.OVERDUE ? remaining : BigDecimal.ZERO;
    }

    public boolean partlyPaid() {
        return status != InvoiceStatus.PAID && paid.signum() > 0;
    }
}
