package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.SpoolDirectory;

/**
 * The spool directory ({@code portal.cdr.spool-dir}): files are ingested in name order and moved
 * to {@code done/}. Files whose names start with a dot or end in {@code .part} or {@code .tmp} are
 * still being written and are left alone.
 *
 * <p>The spool never stalls behind a file. A file refused for a reason of its own (not readable,
 * past a limit of what a file may cost, any failure that is not the database being away) goes to
 * {@code failed/} with a note of why beside it, has its ledger entry, and the next file is taken
 * at once. Only the database being away pauses the spool, with the file left where it is so that
 * no later file overtakes it; it tries again after 5 s, then twice as long each time up to 5 min
 * ({@code portal.cdr.spool-retry-first}, {@code …-max}), and goes on by itself once the database
 * answers. The health endpoint shows it ({@link CdrSpoolHealthIndicator}). A file still in the
 * spool after a crash, or when the application stopped during its ingest, is simply taken again.
 *
 * <p>Rounds run on a thread of their own, so that a file of many minutes holds up no other
 * scheduled work.
 */
@Component
public class CdrSpool {

    private static final Logger log = LoggerFactory.getLogger(CdrSpool.class);

    private final IngestCdrFile ingest;
    private final UsageProperties properties;
    private final IngestGate gate;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SpoolPause pause;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cdr-spool");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean roundRunning = new AtomicBoolean();
    private volatile Path lastDirectory;
    private volatile Ingesting ingesting;
    private volatile Refused lastRefused;

    CdrSpool(IngestCdrFile ingest, UsageProperties properties, IngestGate gate, JdbcClient jdbc, Clock clock) {
        this.ingest = ingest;
        this.properties = properties;
        this.gate = gate;
        this.jdbc = jdbc;
        this.clock = clock;
        this.pause = new SpoolPause(properties.cdr().spoolRetryFirst(), properties.cdr().spoolRetryMax());
        if (properties.cdr().spoolDir() != null) {
            SpoolDirectory.prepare(properties.cdr().spoolDir(), "CDR");
        }
    }

    /** What the spool is at, for its health indicator. */
    record Status(Path directory, Ingesting ingesting, SpoolPause.State pause, Refused lastRefused) {
    }

    /** The file being ingested, and since when. */
    record Ingesting(String file, Instant since) {
    }

    /** The last file refused, why, and its ledger entry. */
    record Refused(String file, String reason, Long ledgerId, Instant at) {
    }

    Status status() {
        Path directory = properties.cdr().spoolDir() != null ? properties.cdr().spoolDir() : lastDirectory;
        return new Status(directory, ingesting, pause.state(), lastRefused);
    }

    @Scheduled(fixedDelayString = "${portal.cdr.spool-interval:5s}", initialDelayString = "${portal.cdr.spool-interval:5s}")
    void poll() {
        Path directory = properties.cdr().spoolDir();
        if (directory == null || gate.stopping() || !roundRunning.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    ingestWaiting(directory, CdrSource.SPOOL);
                } catch (RuntimeException e) {
                    log.error("CDR spool round failed", e);
                } finally {
                    roundRunning.set(false);
                }
            });
        } catch (RejectedExecutionException stopping) {
            roundRunning.set(false);
        }
    }

    @PreDestroy
    void stopRounds() {
        worker.shutdown();
    }

    /**
     * Ingests the files waiting in {@code directory}, in name order; answers those ingested. While
     * the spool is paused it does nothing until its next attempt is due, and then first asks the
     * database whether it answers.
     */
    public List<CdrFileSummary> ingestWaiting(Path directory, CdrSource source) {
        lastDirectory = directory;
        List<CdrFileSummary> ingested = new ArrayList<>();
        if (!pause.mayTry(clock.instant()) || (pause.paused() && !databaseAnswers())) {
            return ingested;
        }
        for (Path file : SpoolDirectory.waiting(directory)) {
            if (gate.stopping()) {
                break;
            }
            try {
                ingest(directory, file, source).ifPresent(ingested::add);
            } catch (IngestUnavailable e) {
                Duration wait = pause.failed(clock.instant(), DatabaseOutage.describe(e));
                log.error("CDR spool paused: the database is away ({}); {} stays in the spool, tried again in {} s",
                        DatabaseOutage.describe(e), file.getFileName(), wait.toSeconds());
                break;
            } catch (IngestStopped e) {
                log.info("CDR spool stopped: {} stays in the spool, to be taken again", file.getFileName());
                break;
            }
        }
        return ingested;
    }

    /**
     * Ingests one file of the spool {@code directory} and moves it to {@code done/}, or to
     * {@code failed/} when it is refused; empty when refused or another instance took it.
     *
     * @throws IngestUnavailable the database is away: the file is left in place
     * @throws IngestStopped     the application stops: the file is left in place
     */
    public Optional<CdrFileSummary> ingest(Path directory, Path file, CdrSource source) {
        ingesting = new Ingesting(file.getFileName().toString(), clock.instant());
        try {
            CdrFileSummary summary = ingest.ingest(file, file.getFileName().toString(), source);
            resumed();
            SpoolDirectory.done(directory, file);
            return Optional.of(summary);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return Optional.empty(); // another instance took it
            }
            throw e;
        } catch (CdrFileRefused refused) {
            resumed(); // its ledger entry is written: the database answers
            lastRefused = new Refused(file.getFileName().toString(), refused.reason(), refused.ledgerId(), clock.instant());
            fail(directory, file, "refused: " + refused.reason() + " (ledger entry " + refused.ledgerId() + ")");
            return Optional.empty();
        } finally {
            ingesting = null;
        }
    }

    /** Whether the database answers, while the spool is paused; it goes on if so, and waits longer if not. */
    private boolean databaseAnswers() {
        try {
            jdbc.sql("select 1").query(Integer.class).single();
            resumed();
            return true;
        } catch (RuntimeException e) {
            Duration wait = pause.failed(clock.instant(), DatabaseOutage.describe(e));
            log.warn("CDR spool still paused: the database is away ({}); tried again in {} s", DatabaseOutage.describe(e),
                    wait.toSeconds());
            return false;
        }
    }

    private void resumed() {
        if (pause.resumed()) {
            log.info("CDR spool resumed: the database answers again");
        }
    }

    private void fail(Path directory, Path file, String reason) {
        log.warn("CDR file {} moved to failed/: {}", file.getFileName(), reason);
        try {
            SpoolDirectory.failed(directory, file, reason);
        } catch (IOException moveFailed) {
            log.error("could not move {} to failed/", file, moveFailed);
        }
    }
}
