package no.bedriftsportal.billing;

import java.math.BigDecimal;

/**
 * The sums of every invoice the archive's filter finds (all pages, not one), computed in SQL in one
 * place ({@link InvoiceArchiveRepository}) for the page's summary and checked against the exports.
 * Credit notes count negative in the invoiced amounts, so the sums are what was invoiced net.
 *
 * @param count         invoices and credit notes found
 * @param total         sum including VAT
 * @param amountExclVat sum excluding VAT
 * @param vat           the VAT in it
 * @param open          what is left to pay of the new and overdue invoices
 * @param overdue       what is left to pay of the overdue invoices
 * @param overdueCount  how many invoices are overdue
 */
public record InvoiceArchiveTotals(long count, BigDecimal total, BigDecimal amountExclVat, BigDecimal vat, BigDecimal open,
        BigDecimal overdue, long overdueCount) {
}
