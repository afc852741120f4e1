package no.bedriftsportal.usage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.cdr.*} and {@code portal.usage.*}: the spool directory and how often it is read,
 * how many months of rated events are kept (daily rollups stay 36 months), and how a file is cut
 * up while it is ingested.
 */
@ConfigurationProperties("portal")
record UsageProperties(Cdr cdr, Usage usage) {

    UsageProperties {
        cdr = cdr == null ? new Cdr(null, null) : cdr;
        usage = usage == null ? new Usage(0, 0, 0) : usage;
    }

    /** @param spoolDir null: no spool directory is read */
    record Cdr(Path spoolDir, Duration spoolInterval) {
        Cdr {
            spoolInterval = spoolInterval == null ? Duration.ofSeconds(5) : spoolInterval;
        }
    }

    /**
     * @param ingestBatchRecords records read ahead and marked seen together before they are rated
     *                           (docs/adr/0004-usage-ingest.md); tests make it small
     * @param ingestChunkRecords rated records loaded together, with their daily sums
     */
    record Usage(int eventRetentionMonths, int ingestBatchRecords, int ingestChunkRecords) {
        Usage {
            eventRetentionMonths = eventRetentionMonths <= 0 ? 6 : eventRetentionMonths;
            ingestBatchRecords = ingestBatchRecords <= 0 ? 100_000 : ingestBatchRecords;
            ingestChunkRecords = ingestChunkRecords <= 0 ? 100_000 : ingestChunkRecords;
        }
    }
}
