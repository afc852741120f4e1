package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.SpoolDirectory;

/**
 * The spool directory ({@code portal.cdr.spool-dir}): files are ingested in name order and moved to
 * {@code done/}; a file that cannot be read at all goes to {@code failed/} with a note of why,
 * and a file that fails for another reason (the database away) stays and is tried again.
 * Files whose names start with a dot or end in {@code .part} or {@code .tmp} are still being
 * written and are left alone. A file still in the spool after a crash is simply taken again.
 */
@Component
public class CdrSpool {

    private static final Logger log = LoggerFactory.getLogger(CdrSpool.class);

    private final IngestCdrFile ingest;
    private final UsageProperties properties;

    CdrSpool(IngestCdrFile ingest, UsageProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${portal.cdr.spool-interval:5s}", initialDelayString = "${portal.cdr.spool-interval:5s}")
    void poll() {
        if (properties.cdr().spoolDir() != null) {
            ingestWaiting(properties.cdr().spoolDir(), CdrSource.SPOOL);
        }
    }

    /**
     * Ingests the files waiting in {@code directory}, in name order. A file that cannot be read goes
     * to {@code failed/}; any other trouble (the database away) stops the round with the file left
     * where it is, so that no later file overtakes it.
     */
    public List<CdrFileSummary> ingestWaiting(Path directory, CdrSource source) {
        List<CdrFileSummary> ingested = new ArrayList<>();
        for (Path file : SpoolDirectory.waiting(directory)) {
            try {
                ingest(directory, file, source).ifPresent(ingested::add);
            } catch (RuntimeException e) {
                log.error("CDR file {} could not be ingested now; it stays in the spool and is tried again", file.getFileName(), e);
                break;
            }
        }
        return ingested;
    }

    /**
     * Ingests one file of the spool {@code directory} and moves it to {@code done/}, or to
     * {@code failed/} when it is not a readable CDR file; empty when it failed or another instance
     * took it. Other failures are thrown, with the file left in place.
     */
    public Optional<CdrFileSummary> ingest(Path directory, Path file, CdrSource source) {
        CdrFileSummary summary;
        try {
            summary = ingest.ingest(file, file.getFileName().toString(), source);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return Optional.empty(); // another instance took it
            }
            fail(directory, file, e);
            return Optional.empty();
        } catch (InvalidInputException e) {
            fail(directory, file, e);
            return Optional.empty();
        }
        SpoolDirectory.done(directory, file);
        return Optional.of(summary);
    }

    private void fail(Path directory, Path file, RuntimeException e) {
        log.error("CDR file {} could not be ingested and was moved to failed/", file.getFileName(), e);
        try {
            SpoolDirectory.failed(directory, file, String.valueOf(e.getMessage()));
        } catch (IOException moveFailed) {
            log.error("could not move {} to failed/", file, moveFailed);
        }
    }
}
