package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment registered on one of the company's invoices: from the bank's OCR file (matched by KID)
 * or by hand by the operator. Payments no invoice's KID matched belong to no company until the
 * operator applies them, so a company never sees an unmatched one.
 *
 * @param kid    the KID of the invoice it was registered on
 * @param source {@code OCR} or {@code MANUAL}
 */
public record ReceivedPayment(long id, LocalDate paidOn, BigDecimal amount, String kid, long invoiceId, long invoiceNumber,
        String customerNumber, String source, Instant registeredAt) {

    /** Where a keyset page ends: the payment date and id of its last payment (newest first). */
    public record Key(LocalDate paidOn, long id) {
    }
}
