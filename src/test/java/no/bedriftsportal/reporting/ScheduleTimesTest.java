package no.bedriftsportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.bedriftsportal.reporting.ScheduleTimes.InvoiceRun;
import no.bedriftsportal.reporting.ScheduleTimes.ScheduleTiming;

/** When a schedule is due, in Oslo time, worked by hand (ADR 0022). */
class ScheduleTimesTest {

    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    @Test
    void weeklyIsTheLatestWeekdayAtItsTimeNotTheNextOne() {
        ScheduleTiming mondays = new ScheduleTiming(Cadence.WEEKLY, 1, null, SEVEN);
        // Monday 7 December 2026, 06:59 Oslo (CET, UTC+1): this Monday's is not due yet, last Monday's is
        assertThat(latest(mondays, "2026-12-07T05:59:00Z")).isEqualTo(new Occurrence("2026-11-30", Instant.parse("2026-11-30T06:00:00Z")));
        assertThat(latest(mondays, "2026-12-07T06:00:00Z")).isEqualTo(new Occurrence("2026-12-07", Instant.parse("2026-12-07T06:00:00Z")));
        assertThat(latest(mondays, "2026-12-10T12:00:00Z").key()).as("days later: still the one of Monday").isEqualTo("2026-12-07");
    }

    @Test
    void theThirtyFirstFallsOnAShortMonthsLastDay() {
        ScheduleTiming last = new ScheduleTiming(Cadence.MONTHLY, null, 31, SEVEN);
        assertThat(latest(last, "2026-11-30T06:00:00Z").key()).isEqualTo("2026-11-30");
        assertThat(latest(last, "2026-11-30T05:59:00Z").key()).as("before it: October's 31st").isEqualTo("2026-10-31");
        assertThat(latest(last, "2027-02-28T06:00:00Z").key()).isEqualTo("2027-02-28");
        assertThat(latest(last, "2028-02-29T06:00:00Z").key()).as("a leap year").isEqualTo("2028-02-29");
        assertThat(latest(new ScheduleTiming(Cadence.MONTHLY, null, 15, SEVEN), "2026-12-14T12:00:00Z").key()).isEqualTo("2026-11-15");
    }

    @Test
    void sevenOsloTimeOnBothNightsTheClocksChange() {
        ScheduleTiming sundays = new ScheduleTiming(Cadence.WEEKLY, 7, null, SEVEN);
        // 25 October 2026: summer time ends at 03:00, so 07:00 is 06:00 UTC (07:00 the Sunday before was 05:00 UTC)
        assertThat(latest(sundays, "2026-10-25T05:59:00Z").key()).isEqualTo("2026-10-18");
        assertThat(latest(sundays, "2026-10-25T06:00:00Z").dueAt()).isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
        // 29 March 2026: summer time begins at 02:00, so 07:00 is 05:00 UTC
        assertThat(latest(sundays, "2026-03-29T04:59:00Z").key()).isEqualTo("2026-03-22");
        assertThat(latest(sundays, "2026-03-29T05:00:00Z").dueAt()).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
        // a time in the hour that does not exist is taken an hour later
        ScheduleTiming lostHour = new ScheduleTiming(Cadence.WEEKLY, 7, null, LocalTime.of(2, 30));
        assertThat(latest(lostHour, "2026-03-29T12:00:00Z").dueAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void afterTheInvoiceRunAtTheFirstTimeOfDayAfterIt() {
        ScheduleTiming afterInvoice = new ScheduleTiming(Cadence.AFTER_INVOICE, null, null, SEVEN);
        Optional<InvoiceRun> night = Optional.of(new InvoiceRun(YearMonth.of(2026, 11), Instant.parse("2026-12-01T01:30:00Z")));
        assertThat(ScheduleTimes.latest(afterInvoice, Instant.parse("2026-12-01T05:59:00Z"), night)).isEmpty();
        assertThat(ScheduleTimes.latest(afterInvoice, Instant.parse("2026-12-01T06:00:00Z"), night))
                .contains(new Occurrence("invoice-run:2026-11", Instant.parse("2026-12-01T06:00:00Z")));
        Optional<InvoiceRun> late = Optional.of(new InvoiceRun(YearMonth.of(2026, 11), Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(ScheduleTimes.latest(afterInvoice, Instant.parse("2026-12-02T06:00:00Z"), late).orElseThrow().dueAt())
                .as("a run after the time of day: the next morning").isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(ScheduleTimes.latest(afterInvoice, Instant.parse("2026-12-05T06:00:00Z"), Optional.empty())).isEmpty();
    }

    private static Occurrence latest(ScheduleTiming timing, String now) {
        return ScheduleTimes.latest(timing, Instant.parse(now), Optional.empty()).orElseThrow();
    }
}
