package no.bedriftsportal.shared.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.DailyJobs;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.MovableClock;
import no.bedriftsportal.shared.Oslo;

/**
 * The test clock (issue #10), in the demo and the {@code test} profile only: an integrator reads
 * the application clock, sets it to a later instant or moves it forward, and the daily jobs that
 * fell due on the way (the invoice run on the 1st, retention) run before the answer; payment
 * status and due dates follow the clock by themselves. The clock only moves forward: months
 * already invoiced cannot be lived again.
 */
@RestController
@Profile({"demo", "test"})
@RequestMapping("/api/operator/test/clock")
@Tag(name = "Test clock", description = "Move the application clock to play months through (demo and test profile only)")
class TestClockOperatorApi {

    private final MovableClock clock;
    private final DailyJobs jobs;

    TestClockOperatorApi(MovableClock clock, DailyJobs jobs) {
        this.clock = clock;
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(summary = "The application clock: the instant and the time in Oslo")
    ClockReading read() {
        return reading(List.of());
    }

    @PutMapping
    @Operation(summary = "Set the clock to an instant (ISO-8601 with offset, or Oslo local time), or move it forward by "
            + "'advance' (ISO-8601: PT2H, P3D, P1M); the daily jobs due by the new time run before the answer")
    ClockReading move(@RequestBody ClockChange change) {
        Instant target = target(change);
        if (target.isBefore(clock.instant())) {
            throw new ConflictException(change.instant() != null ? "instant" : "advance", "testClock.backwards",
                    "the clock only moves forward; it stands at " + clock.instant());
        }
        clock.set(target);
        return reading(jobs.runDue());
    }

    private Instant target(ClockChange change) {
        if ((change.instant() == null) == (change.advance() == null)) {
            throw new InvalidInputException("instant", "testClock.oneOf", "give either instant or advance");
        }
        if (change.instant() != null) {
            return instant(change.instant().strip());
        }
        String advance = change.advance().strip();
        ZonedDateTime now = clock.instant().atZone(Oslo.ZONE);
        try {
            return advance.contains("T") ? now.plus(Duration.parse(advance)).toInstant() : now.plus(Period.parse(advance)).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException("advance", "testClock.advance.invalid",
                    "advance must be an ISO-8601 period or duration such as P1M, P3D or PT2H");
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Oslo.ZONE).toInstant();
            } catch (DateTimeException e) {
                throw new InvalidInputException("instant", "testClock.instant.invalid",
                        "instant must be ISO-8601, e.g. 2027-01-01T03:00:00+01:00 (or Oslo time 2027-01-01T03:00)");
            }
        }
    }

    private ClockReading reading(List<String> jobsRun) {
        Instant now = clock.instant();
        return new ClockReading(now, now.atZone(Oslo.ZONE).toLocalDateTime(), !clock.standsStill(), jobsRun);
    }

    record ClockChange(
            @Schema(description = "The new time", example = "2027-01-01T03:00:00+01:00") String instant,
            @Schema(description = "How far to move forward", example = "P1M") String advance) {
    }

    /**
     * @param running true when the clock goes on with real time from where it was set (the demo),
     *                false when it stands still until moved (the tests)
     * @param jobsRun the daily jobs that ran because of this move
     */
    record ClockReading(Instant instant, LocalDateTime osloTime, boolean running, List<String> jobsRun) {
    }
}
