package no.bedriftsportal.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import no.bedriftsportal.shared.api.ApiMoney;

/**
 * A payment in the company API: when it was paid and registered, the amount, the KID and the
 * invoice it was registered on, and its {@code source}: {@code ocr} (the bank's OCR file, matched
 * by KID) or {@code manual} (registered by the operator).
 */
record PaymentJson(long id, LocalDate paidOn, String amount, String kid, String customerNumber, InvoiceRef invoice, String source,
        Instant registeredAt) {

    static PaymentJson of(ReceivedPayment payment) {
        return new PaymentJson(payment.id(), payment.paidOn(), ApiMoney.of(payment.amount()), payment.kid(), payment.customerNumber(),
                new InvoiceRef(payment.invoiceId(), payment.invoiceNumber(), InvoiceJson.PATH + "/" + payment.invoiceId()),
                payment.source().toLowerCase(Locale.ROOT), payment.registeredAt());
    }

    /** The invoice the payment was registered on. */
    record InvoiceRef(long id, long number, String href) {
    }
}
