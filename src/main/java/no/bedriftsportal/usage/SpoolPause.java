package no.bedriftsportal.usage;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the spool waits for the database: set when a file could not be ingested because the
 * database was away, cleared when the database answers again. The spool tries again after
 * {@code first}, then after twice as long each time, up to {@code max}.
 */
final class SpoolPause {

    private final Duration first;
    private final Duration max;
    private Instant pausedSince;
    private Instant nextAttempt;
    private String lastError;
    private int failures;

    SpoolPause(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** What the health indicator shows; null fields when the spool is not paused. */
    record State(Instant pausedSince, Instant nextAttempt, String lastError, int failures) {
    }

    synchronized State state() {
        return new State(pausedSince, nextAttempt, lastError, failures);
    }

    synchronized boolean paused() {
        return pausedSince != null;
    }

    /** Whether the spool may try now: it is not paused, or its next attempt is due. */
    synchronized boolean mayTry(Instant now) {
        return pausedSince == null || !now.isBefore(nextAttempt);
    }

    /** The database was away: the spool waits, longer each time. Answers how long. */
    synchronized Duration failed(Instant now, String error) {
        if (pausedSince == null) {
            pausedSince = now;
        }
        failures++;
        Duration wait = first.multipliedBy(1L << Math.min(failures - 1, 20));
        wait = wait.compareTo(max) > 0 ? max : wait;
        nextAttempt = now.plus(wait);
        lastError = error;
        return wait;
    }

    /** The database answered: the spool goes on. Answers whether it had been paused. */
    synchronized boolean resumed() {
        boolean was = pausedSince != null;
        pausedSince = null;
        nextAttempt = null;
        lastError = null;
        failures = 0;
        return was;
    }
}
