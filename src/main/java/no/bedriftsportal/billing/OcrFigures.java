package no.bedriftsportal.billing;

import java.math.BigDecimal;

/**
 * What an OCR file holds, and where it went: {@code transactions = applied + unmatched + refused}
 * and {@code total = appliedAmount + unmatchedAmount + refusedAmount}, always (the ledger's check
 * constraints say the same). Amounts in NOK with øre.
 */
record OcrFigures(int applied, int unmatched, int refused, BigDecimal appliedAmount, BigDecimal unmatchedAmount,
        BigDecimal refusedAmount) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    static final OcrFigures NONE = new OcrFigures(0, 0, 0, ZERO, ZERO, ZERO);

    /** A file refused whole: everything it stated, refused. */
    static OcrFigures refusedWhole(int transactions, BigDecimal total) {
        return new OcrFigures(0, 0, transactions, ZERO, ZERO, total);
    }

    int transactions() {
        return applied + unmatched + refused;
    }

    BigDecimal total() {
        return appliedAmount.add(unmatchedAmount).add(refusedAmount);
    }

    OcrFigures plus(OcrTransactionStatus status, BigDecimal amount) {
        return switch (status) {
            case APPLIED -> new OcrFigures(applied + 1, unmatched, refused, appliedAmount.add(amount), unmatchedAmount, refusedAmount);
            case UNMATCHED -> new OcrFigures(applied, unmatched + 1, refused, appliedAmount, unmatchedAmount.add(amount), refusedAmount);
            case REFUSED -> new OcrFigures(applied, unmatched, refused + 1, appliedAmount, unmatchedAmount, refusedAmount.add(amount));
        };
    }

    /** An unmatched payment registered by hand: it moves to applied, and the total stays. */
    OcrFigures unmatchedApplied(BigDecimal amount) {
        return new OcrFigures(applied + 1, unmatched - 1, refused, appliedAmount.add(amount), unmatchedAmount.subtract(amount),
                refusedAmount);
    }
}
