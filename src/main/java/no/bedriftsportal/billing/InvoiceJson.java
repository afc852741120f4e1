package no.bedriftsportal.billing;

import java.time.LocalDate;

import no.bedriftsportal.shared.api.ApiMoney;

/**
 * An invoice or credit note in the company API, as the archive judges it: amounts as
 * {@link ApiMoney} strings (positive on a credit note too; {@code type} says which), {@code paid}
 * what payments cover, {@code remaining} what is left to pay (zero or less when settled, zero on a
 * credit note), {@code status} one of {@code new, overdue, paid, credited, credit_note}.
 */
record InvoiceJson(long id, long number, String type, String customerNumber, String customerName, LocalDate issueDate,
        LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd, String kid, Long creditedNumber, String amountExclVat,
        String vat, String total, String paid, String remaining, String status, Links links) {

    static final String PATH = "/api/v1/invoices";

    static InvoiceJson of(InvoiceSummary invoice) {
        String self = PATH + "/" + invoice.id();
        return new InvoiceJson(invoice.id(), invoice.number(), ApiBillingParameters.name(invoice.type()), invoice.customerNumber(),
                invoice.customerName(), invoice.issueDate(), invoice.dueDate(), invoice.periodStart(), invoice.periodEnd(),
                invoice.kid(), invoice.creditedNumber(), ApiMoney.of(invoice.amountExclVat()), ApiMoney.of(invoice.vat()),
                ApiMoney.of(invoice.total()), ApiMoney.of(invoice.paid()), ApiMoney.of(invoice.remaining()),
                ApiBillingParameters.name(invoice.status()), new Links(self, self + "/pdf", self + "/ehf"));
    }

    /** Where the invoice, its PDF and its EHF (PEPPOL BIS Billing 3.0 UBL) are. */
    record Links(String self, String pdf, String ehf) {
    }
}
