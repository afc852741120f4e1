package no.bedriftsportal.reporting;

import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * The period a report was asked for (R3), before it is resolved against the clock and the
 * invoices: a preset, the dates of a hand-picked time period, or the numbers of hand-picked invoices.
 *
 * @param from     first day, for {@link PeriodPreset#TIME}; null otherwise
 * @param to       last day (inclusive), for {@link PeriodPreset#TIME}; null otherwise
 * @param invoices invoice numbers, for {@link PeriodPreset#INVOICE}; empty otherwise
 */
public record ReportPeriod(PeriodPreset preset, LocalDate from, LocalDate to, List<Long> invoices) {

    /** A time period longer than this is refused: the rollups keep 36 months, and a report reads no more. */
    static final int MAX_DAYS = 3 * 366 + 31;
    /** At most this many invoices in one report. */
    static final int MAX_INVOICES = 400;

    public ReportPeriod {
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
        if (preset == PeriodPreset.TIME) {
            if (from == null) {
                throw new InvalidInputException("from", "reports.error.from", "Choose the first day of the period");
            }
            if (to == null) {
                throw new InvalidInputException("to", "reports.error.to", "Choose the last day of the period");
            }
            if (to.isBefore(from)) {
                throw new InvalidInputException("to", "reports.error.toBeforeFrom", "The last day comes before the first");
            }
            if (from.plusDays(MAX_DAYS).isBefore(to)) {
                throw new InvalidInputException("to", "reports.error.tooLong", "A period is at most 37 months");
            }
        } else {
            from = null;
            to = null;
        }
        if (preset == PeriodPreset.INVOICE && invoices.isEmpty()) {
            throw new InvalidInputException("invoice", "reports.error.noInvoice", "Choose at least one invoice");
        }
        if (invoices.size() > MAX_INVOICES) {
            throw new InvalidInputException("invoice", "reports.error.tooManyInvoices", "Choose at most 400 invoices");
        }
        if (preset != PeriodPreset.INVOICE) {
            invoices = List.of();
        }
    }

    public static ReportPeriod of(PeriodPreset preset) {
        return new ReportPeriod(preset, null, null, List.of());
    }

    public static ReportPeriod days(LocalDate from, LocalDate to) {
        return new ReportPeriod(PeriodPreset.TIME, from, to, List.of());
    }

    public static ReportPeriod invoices(List<Long> numbers) {
        return new ReportPeriod(PeriodPreset.INVOICE, null, null, numbers);
    }
}
