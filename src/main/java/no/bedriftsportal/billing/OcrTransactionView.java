package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of an OCR file as the operator sees it, with what became of it and why, in words,
 * such as {@code applied to invoice 100023}, {@code unmatched: no invoice has this KID},
 * {@code unmatched: paid to account 9999.10.42764, not the seller's account 1503.28.12349} or
 * {@code refused: …} and the file's reason.
 *
 * @param transactionKey    transmission:assignment:transaction; the reference to give when registering it by hand
 * @param assignmentAccount the account the bank credited (null for files imported before V15)
 * @param invoiceNumber     the invoice it was applied to, or null
 */
public record OcrTransactionView(String transactionKey, String assignmentAccount, String kid, BigDecimal amount, LocalDate paidOn,
        String debitAccount, OcrTransactionStatus status, Long invoiceNumber, String reason) {
}
