package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Daily jobs follow the application clock: due once a day from their time, caught up after a jump, retried after a failure. */
class DailyJobsTest {

    private final MovableClock clock = new MovableClock(oslo("2026-11-30T12:00"));
    private final CountingJob invoiceRun = new CountingJob("invoice-run", LocalTime.of(2, 30));
    private final DailyJobs jobs = new DailyJobs(List.of(invoiceRun), clock, false);

    @Test
    void aJobRunsOnceForItsLatestDueTimeAndAgainTheNextDayFromItsTime() {
        assertThat(jobs.runDue()).containsExactly("invoice-run"); // today's 02:30 has passed: runs at start
        assertThat(jobs.runDue()).isEmpty();

        clock.set(oslo("2026-12-01T02:29"));
        assertThat(jobs.runDue()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(jobs.runDue()).containsExactly("invoice-run");
        assertThat(invoiceRun.runs).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }

    @Test
    void aClockThatJumpsOverDueTimesRunsTheJobOnceNotOncePerDay() {
        jobs.runDue();

        clock.set(oslo("2027-03-02T01:00")); // before the day's time: yesterday's due time is the latest
        assertThat(jobs.runDue()).containsExactly("invoice-run");
        clock.set(oslo("2027-03-02T02:00"));
        assertThat(jobs.runDue()).isEmpty();
        assertThat(invoiceRun.runs).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 3, 1)); // as of the day jumped over
    }

    @Test
    void onTheNightTheClocksGoForwardAJobDueInTheLostHourRunsAnHourLater() {
        CountingJob inLostHour = new CountingJob("retention", LocalTime.of(2, 15));
        DailyJobs night = new DailyJobs(List.of(inLostHour), clock, false);
        clock.set(oslo("2027-03-27T12:00"));
        night.runDue();

        clock.set(java.time.Instant.parse("2027-03-28T01:10:00Z")); // 03:10 summer time, 02:15 did not exist
        assertThat(night.runDue()).isEmpty();
        clock.set(java.time.Instant.parse("2027-03-28T01:15:00Z")); // 03:15
        assertThat(night.runDue()).containsExactly("retention");
    }

    @Test
    void aFailedJobIsTriedAgainTenMinutesLaterByTheClockAndTheOthersStillRun() {
        CountingJob other = new CountingJob("retention", LocalTime.of(3, 15));
        invoiceRun.failuresLeft = 1;
        DailyJobs both = new DailyJobs(List.of(invoiceRun, other), clock, false);

        assertThat(both.runDue()).containsExactly("retention");
        clock.advance(Duration.ofMinutes(9));
        assertThat(both.runDue()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(both.runDue()).containsExactly("invoice-run");
    }

    private static java.time.Instant oslo(String localTime) {
        return LocalDateTime.parse(localTime).atZone(Oslo.ZONE).toInstant();
    }

    private static final class CountingJob implements DailyJob {

        private final String name;
        private final LocalTime at;
        private final List<LocalDate> runs = new ArrayList<>();
        private int failuresLeft;

        CountingJob(String name, LocalTime at) {
            this.name = name;
            this.at = at;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public LocalTime runsAt() {
            return at;
        }

        @Override
        public void run(LocalDate day) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("the database is away");
            }
            runs.add(day);
        }
    }
}
