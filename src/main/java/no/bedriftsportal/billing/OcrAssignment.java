package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The payments credited to one of the payee's accounts under one OCR agreement. */
public record OcrAssignment(String agreementId, String assignmentNumber, String assignmentAccount,
                            List<OcrPayment> payments) {

    public OcrAssignment {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(assignmentNumber, "assignmentNumber");
        Objects.requireNonNull(assignmentAccount, "assignmentAccount");
        payments = List.copyOf(payments);
    }

    public BigDecimal total() {
        return payments.stream().map(OcrPayment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
