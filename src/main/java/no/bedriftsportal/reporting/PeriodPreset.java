package no.bedriftsportal.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * R3: how a report's period is chosen. {@code TIME} and {@code INVOICE} are fixed (dates or
 * invoices picked in the calendar); the others are relative to the day the report runs, so a saved
 * or scheduled report covers a new period each time (last month, the latest invoices).
 */
public enum PeriodPreset {
    /** From–to dates chosen by hand: every cost in the days, whichever invoice bills it. */
    TIME(false),
    /** Invoices chosen by hand: their lines. */
    INVOICE(true),
    THIS_MONTH(false),
    LAST_MONTH(false),
    LAST_3_MONTHS(false),
    THIS_YEAR(false),
    LAST_12_MONTHS(false),
    /** The invoices of the latest invoice run the user may see (one per customer number). */
    LAST_INVOICES(true);

    private final boolean invoicePeriod;

    PeriodPreset(boolean invoicePeriod) {
        this.invoicePeriod = invoicePeriod;
    }

    /** Whether the period is a set of invoices (their lines) rather than days (the rollups). */
    public boolean invoicePeriod() {
        return invoicePeriod;
    }

    /** As the URL spells it: {@code last-month}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static PeriodPreset parse(String code) {
        for (PeriodPreset preset : values()) {
            if (preset.code().equals(code)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("unknown period " + code);
    }

    /** The days of a relative time period as of {@code today}; for TIME the caller's own dates. */
    LocalDate[] days(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return switch (this) {
            case THIS_MONTH -> new LocalDate[] {month.atDay(1), today};
            case LAST_MONTH -> new LocalDate[] {month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth()};
            case LAST_3_MONTHS -> new LocalDate[] {month.minusMonths(3).atDay(1), month.minusMonths(1).atEndOfMonth()};
            case THIS_YEAR -> new LocalDate[] {today.withDayOfYear(1), today};
            case LAST_12_MONTHS -> new LocalDate[] {month.minusMonths(12).atDay(1), month.minusMonths(1).atEndOfMonth()};
            case TIME, INVOICE, LAST_INVOICES -> throw new IllegalStateException(this + " has no days of its own");
        };
    }
}
