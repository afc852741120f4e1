package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums of an invoice (CATALOG.md "Invoices"): per VAT rate the sum of its lines, VAT computed
 * on that sum and rounded half-up to øre — not per line, so many small lines do not add up
 * rounding differences — and the total = sum of lines + VAT.
 */
public record InvoiceTotals(List<VatSubtotal> vatSubtotals, BigDecimal amountExclVat, BigDecimal vat,
                            BigDecimal amountInclVat) {

    /** The lines with one VAT rate, their sum (the taxable amount) and the VAT on it. */
    public record VatSubtotal(int vatRate, BigDecimal taxableAmount, BigDecimal vat) {
    }

    public InvoiceTotals {
        vatSubtotals = List.copyOf(vatSubtotals);
    }

    public static InvoiceTotals of(List<InvoiceLine> lines) {
        Map<Integer, BigDecimal> sumByRate = new TreeMap<>(Comparator.reverseOrder());
        for (InvoiceLine line : lines) {
            sumByRate.merge(line.vatRate(), line.amountExclVat(), BigDecimal::add);
        }
        List<VatSubtotal> subtotals = sumByRate.entrySet().stream()
                .map(entry -> new VatSubtotal(entry.getKey(), entry.getValue(), vatOn(entry.getValue(), entry.getKey())))
                .toList();
        BigDecimal amountExclVat = sum(subtotals.stream().map(VatSubtotal::taxableAmount).toList());
        BigDecimal vat = sum(subtotals.stream().map(VatSubtotal::vat).toList());
        return new InvoiceTotals(subtotals, amountExclVat, vat, amountExclVat.add(vat));
    }

    private static BigDecimal vatOn(BigDecimal taxableAmount, int vatRate) {
        return taxableAmount.multiply(BigDecimal.valueOf(vatRate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
