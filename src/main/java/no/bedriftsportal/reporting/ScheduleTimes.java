package no.bedriftsportal.reporting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import no.bedriftsportal.shared.Oslo;

/**
 * When a schedule is due: the latest occurrence at or before now, in Oslo time. Only the latest
 * one is answered, so a portal that was down over several occurrences sends the report once when
 * it is back, not once per missed occurrence. A time in the hour lost when the clocks go forward
 * is taken as an hour later, as {@link ZonedDateTime#of} does.
 */
final class ScheduleTimes {

    private ScheduleTimes() {
    }

    /**
     * @param lastInvoiceRun the month of the latest invoice run and when it was made, for
     *                       {@link Cadence#AFTER_INVOICE}; empty when none has run
     */
    static Optional<Occurrence> latest(ScheduleTiming timing, Instant now, Optional<InvoiceRun> lastInvoiceRun) {
        ZonedDateTime here = now.atZone(Oslo.ZONE);
        return switch (timing.cadence()) {
            case WEEKLY -> {
                LocalDate day = here.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.of(timing.weekday())));
                Instant due = at(day, timing.timeOfDay());
                yield Optional.of(due.isAfter(now) ? dated(day.minusWeeks(1), timing.timeOfDay()) : new Occurrence(day.toString(), due));
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(here);
                LocalDate day = dayIn(month, timing.dayOfMonth());
                Instant due = at(day, timing.timeOfDay());
                yield Optional.of(due.isAfter(now) ? dated(dayIn(month.minusMonths(1), timing.dayOfMonth()), timing.timeOfDay())
                        : new Occurrence(day.toString(), due));
            }
            case AFTER_INVOICE -> lastInvoiceRun.map(run -> afterRun(run, timing.timeOfDay())).filter(o -> !o.dueAt().isAfter(now));
        };
    }

    /** The day of {@code month} a monthly schedule falls on: past a short month's end, its last day. */
    static LocalDate dayIn(YearMonth month, int dayOfMonth) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }

    /** The first time of day at or after the run was made. */
    private static Occurrence afterRun(InvoiceRun run, LocalTime timeOfDay) {
        LocalDate day = Oslo.dateOf(run.madeAt());
        Instant due = at(day, timeOfDay);
        if (due.isBefore(run.madeAt())) {
            due = at(day.plusDays(1), timeOfDay);
        }
        return new Occurrence("invoice-run:" + run.month(), due);
    }

    private static Occurrence dated(LocalDate day, LocalTime time) {
        return new Occurrence(day.toString(), at(day, time));
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, Oslo.ZONE).toInstant();
    }

    /** The timing of a schedule alone, what {@link #latest} needs. */
    record ScheduleTiming(Cadence cadence, Integer weekday, Integer dayOfMonth, LocalTime timeOfDay) {
    }

    /** A month's invoice run, as billing recorded it. */
    record InvoiceRun(YearMonth month, Instant madeAt) {
    }
}
