package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of an invoice: what was delivered, for which subscription and period, and its price
 * (bokføringsforskriften § 5-1-1; CATALOG.md "Invoices").
 *
 * @param msisdn        the subscription's number in E.164 ({@code +4791234567}); null for company-level lines
 * @param userName      the subscription's user; may be null
 * @param quantity      count, duration or volume, in {@code unit}; negative on a credit line (a fee billed
 *                      before and given back), whose amount is then negative too (or zero)
 * @param unit          as printed: stk, sek, min, t, dag, mnd, kB, MB or GB
 * @param amountExclVat NOK excluding VAT, rounded to øre when the line was rated; negative on a credit line
 * @param vatRate       25, or 0 for content services outside VAT such as donations
 */
public record InvoiceLine(String msisdn, String userName, String description, LocalDate periodStart,
                          LocalDate periodEnd, BigDecimal quantity, String unit, BigDecimal amountExclVat,
                          int vatRate, LineKind kind) {

    static final Set<Integer> VAT_RATES = Set.of(25, 0);
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    public InvoiceLine {
        if (msisdn != null && !E164.matcher(msisdn).matches()) {
            throw new IllegalArgumentException("msisdn must be E.164: " + msisdn);
        }
        Required.text(description, "description");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends before it starts: " + periodStart + "–" + periodEnd);
        }
        if (quantity == null || quantity.signum() == 0) {
            throw new IllegalArgumentException("quantity must not be zero: " + quantity);
        }
        if (UnitCodes.unEceCode(unit).isEmpty()) {
            throw new IllegalArgumentException("unknown unit: " + unit);
        }
        Objects.requireNonNull(amountExclVat, "amountExclVat");
        try {
            amountExclVat = amountExclVat.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount must be rounded to øre: " + amountExclVat);
        }
        if (quantity.signum() < 0 && amountExclVat.signum() > 0) {
            throw new IllegalArgumentException("a line with a negative quantity credits: its amount cannot be positive: "
                    + amountExclVat);
        }
        if (!VAT_RATES.contains(vatRate)) {
            throw new IllegalArgumentException("VAT rate must be 25 or 0: " + vatRate);
        }
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isCompanyLevel() {
        return msisdn == null;
    }

    /** A line that gives back what was billed before (a fee credited after a backdated change). */
    public boolean isCredit() {
        return quantity.signum() < 0;
    }

    /** The line as it stands on a credit note, where what is given back counts positive. */
    InvoiceLine negated() {
        return new InvoiceLine(msisdn, userName, description, periodStart, periodEnd, quantity.negate(), unit,
                amountExclVat.negate(), vatRate, kind);
    }
}
