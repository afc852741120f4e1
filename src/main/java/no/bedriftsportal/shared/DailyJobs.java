package no.bedriftsportal.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DailyJob} once per Oslo day by the application {@link Clock}, not by the wall
 * clock: a tick every {@code portal.jobs.tick-interval} (30 s) runs the jobs that have become due,
 * and moving the test clock runs them at once ({@link #runDue()}). A job missed while the
 * application was down, or jumped over by the clock, runs once at the first tick after (its work is
 * to catch up: the invoice run bills every month not yet invoiced). Ticks begin once the application
 * accepts traffic, so that the demo's history is in place before the first invoice run. A job
 * that fails is tried again {@link #RETRY_AFTER} later by the clock.
 * {@code portal.jobs.enabled=false} stops the ticks (the tests run jobs themselves).
 */
@Component
public class DailyJobs {

    private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);
    static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    private final List<DailyJob> jobs;
    private final Clock clock;
    private final boolean enabled;
    /** The latest due time each job has run for. */
    private final Map<String, Instant> doneFor = new HashMap<>();
    private final Map<String, Instant> failedAt = new HashMap<>();
    private volatile boolean ready;

    DailyJobs(List<DailyJob> jobs, Clock clock, @Value("${portal.jobs.enabled:true}") boolean enabled) {
        this.jobs = List.copyOf(jobs);
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        ready = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Scheduled(fixedDelayString = "${portal.jobs.tick-interval:30s}", initialDelayString = "${portal.jobs.tick-interval:30s}")
    void tick() {
        if (enabled && ready) {
            runDue();
        }
    }

    /**
     * Runs each job whose latest due time by the clock (today's, or yesterday's before today's
     * comes) it has not run for; answers the names of those that ran.
     */
    public synchronized List<String> runDue() {
        ZonedDateTime now = clock.instant().atZone(Oslo.ZONE);
        List<String> ran = new ArrayList<>();
        for (DailyJob job : jobs) {
            Instant due = latestDueTime(job, now);
            if (!isDue(job, due, now.toInstant())) {
                continue;
            }
            try {
                job.run(due.atZone(Oslo.ZONE).toLocalDate());
                doneFor.put(job.name(), due);
                failedAt.remove(job.name());
                ran.add(job.name());
            } catch (RuntimeException e) {
                failedAt.put(job.name(), now.toInstant());
                log.error("Daily job {} failed; it is tried again in {} minutes", job.name(), RETRY_AFTER.toMinutes(), e);
            }
        }
        return ran;
    }

    private static Instant latestDueTime(DailyJob job, ZonedDateTime now) {
        Instant today = dueTimeOn(job, now.toLocalDate());
        return today.isAfter(now.toInstant()) ? dueTimeOn(job, now.toLocalDate().minusDays(1)) : today;
    }

    /** On the night the clocks go forward a time in the lost hour is taken as an hour later. */
    private static Instant dueTimeOn(DailyJob job, LocalDate day) {
        return day.atTime(job.runsAt()).atZone(Oslo.ZONE).toInstant();
    }

    /** Not run for that due time yet, and not failed within {@link #RETRY_AFTER} (a clock set back ends the wait). */
    private boolean isDue(DailyJob job, Instant due, Instant now) {
        Instant done = doneFor.get(job.name());
        if (done != null && !done.isBefore(due)) {
            return false;
        }
        Instant failed = failedAt.get(job.name());
        return failed == null || !now.isBefore(failed.plus(RETRY_AFTER)) || now.isBefore(failed);
    }
}
