package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice with everything F2 shows: its lines per subscription (number and user) and the
 * company-level ones, totals per VAT rate, the payment details and the payments received.
 */
public record InvoiceDetail(InvoiceSummary summary, Party seller, Party buyer, String bankAccount, String buyerReference,
        List<SubscriptionLines> subscriptions, List<InvoiceLine> companyLines, InvoiceTotals totals, List<Payment> payments) {

    /** One subscription's lines on the invoice. */
    public record SubscriptionLines(String msisdn, String userName, List<InvoiceLine> lines, BigDecimal amountExclVat) {
    }

    /** A payment registered against the invoice. */
    public record Payment(LocalDate paidOn, BigDecimal amount, String source) {
    }
}
