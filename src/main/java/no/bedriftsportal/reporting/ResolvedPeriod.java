package no.bedriftsportal.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A report's period made concrete for one run (R3): the days it covers and, for an invoice period,
 * the invoices. A time period is read from the monthly rollups for its whole months and from the
 * daily rollups for the days of a month it covers only in part ({@link #split}).
 *
 * @param preset   as asked (a relative preset stays so, for the heading)
 * @param from     first day
 * @param to       last day, inclusive
 * @param invoices the invoices read, for an invoice period (and the running report's billed part)
 */
public record ResolvedPeriod(PeriodPreset preset, LocalDate from, LocalDate to, List<CoveredInvoice> invoices) {

    /** An empty day range for {@code between}: no row matches it. */
    private static final LocalDate NONE_FROM = LocalDate.of(1900, 1, 2);
    private static final LocalDate NONE_TO = LocalDate.of(1900, 1, 1);

    public ResolvedPeriod {
        invoices = List.copyOf(invoices);
    }

    public boolean invoicePeriod() {
        return preset.invoicePeriod();
    }

    /**
     * Whole months from {@code wholeFrom} through {@code wholeTo} (first days; none when from &gt; to),
     * and up to two stretches of days in months covered in part.
     */
    record Split(LocalDate wholeFrom, LocalDate wholeTo, LocalDate headFrom, LocalDate headTo, LocalDate tailFrom,
            LocalDate tailTo) {
    }

    Split split() {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        boolean headWhole = from.getDayOfMonth() == 1;
        boolean tailWhole = to.equals(last.atEndOfMonth());
        if (first.equals(last)) {
            return headWhole && tailWhole
                    ? new Split(first.atDay(1), first.atDay(1), NONE_FROM, NONE_TO, NONE_FROM, NONE_TO)
                    : new Split(NONE_FROM, NONE_TO, from, to, NONE_FROM, NONE_TO);
        }
        YearMonth wholeFirst = headWhole ? first : first.plusMonths(1);
        YearMonth wholeLast = tailWhole ? last : last.minusMonths(1);
        return new Split(wholeFirst.atDay(1), wholeLast.atDay(1),
                headWhole ? NONE_FROM : from, headWhole ? NONE_TO : first.atEndOfMonth(),
                tailWhole ? NONE_FROM : last.atDay(1), tailWhole ? NONE_TO : to);
    }
}
