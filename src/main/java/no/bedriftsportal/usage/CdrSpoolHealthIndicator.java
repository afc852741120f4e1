package no.bedriftsportal.usage;

import java.nio.file.Path;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.SpoolDirectory;

/**
 * The CDR spool in {@code /actuator/health} as {@code cdrSpool} (with its details at
 * {@code /actuator/health/cdr-spool}): DOWN while it is paused because the database is away, with
 * since when, the last error and the next attempt; always the files waiting, the file being
 * ingested and the last one refused. Not part of the liveness or readiness groups: a paused spool
 * needs no restart, and pages are still served. Reads only what the spool has set, so it answers
 * at once also while a file is ingested.
 */
@Component
class CdrSpoolHealthIndicator implements HealthIndicator {

    private final CdrSpool spool;

    CdrSpoolHealthIndicator(CdrSpool spool) {
        this.spool = spool;
    }

    @Override
    public Health health() {
        CdrSpool.Status status = spool.status();
        SpoolPause.State pause = status.pause();
        Health.Builder health = pause.pausedSince() == null ? Health.up() : Health.down();
        Path directory = status.directory();
        health.withDetail("directory", directory == null ? "none" : directory.toString());
        if (directory != null) {
            health.withDetail("filesWaiting", SpoolDirectory.waiting(directory).size());
        }
        if (status.ingesting() != null) {
            health.withDetail("ingesting", status.ingesting().file()).withDetail("ingestingSince", status.ingesting().since());
        }
        if (pause.pausedSince() != null) {
            health.withDetail("pausedSince", pause.pausedSince()).withDetail("lastError", pause.lastError())
                    .withDetail("failedAttempts", pause.failures()).withDetail("nextAttempt", pause.nextAttempt());
        }
        if (status.lastRefused() != null) {
            health.withDetail("lastRefused", status.lastRefused());
        }
        return health.build();
    }
}
