package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A line's amount including VAT, for display only: the invoice's VAT is computed on the sum per
 * rate ({@link InvoiceTotals}), so these per-line figures may differ from it by some øre.
 */
public final class LineAmounts {

    private LineAmounts() {
    }

    public static BigDecimal inclVat(InvoiceLine line) {
        BigDecimal factor = BigDecimal.valueOf(100 + line.vatRate()).movePointLeft(2);
        return line.amountExclVat().multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal sumExclVat(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::amountExclVat).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The sum of the per-line figures, so that a reader can add up what is printed. */
    public static BigDecimal sumInclVat(List<InvoiceLine> lines) {
        return lines.stream().map(LineAmounts::inclVat).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
