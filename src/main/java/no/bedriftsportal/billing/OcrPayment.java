package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One incoming payment (an amount item 1 + 2 pair in the OCR file).
 *
 * @param amount          NOK with øre; negative for a reversal
 * @param kid             as the payer gave it, possibly not a valid KID, blank for payments with text
 * @param debitAccount    the payer's account, blank when the bank did not give it
 * @param transactionType Nets' two-digit code, e.g. 10 giro debited account, 18 reversal with KID
 */
public record OcrPayment(int transactionNumber, LocalDate paymentDate, BigDecimal amount, String kid,
                         String debitAccount, String transactionType) {

    public OcrPayment {
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(debitAccount, "debitAccount");
        Objects.requireNonNull(transactionType, "transactionType");
    }
}
