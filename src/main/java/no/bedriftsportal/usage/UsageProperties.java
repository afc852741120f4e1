package no.bedriftsportal.usage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code portal.cdr.*} and {@code portal.usage.*}: the spool directory, how often it is read and
 * how it waits for a database that is away; how many months of rated events are kept (daily
 * rollups stay 36 months); how a file is cut up while it is ingested, and what one file may cost.
 */
@ConfigurationProperties("portal")
record UsageProperties(Cdr cdr, Usage usage) {

    UsageProperties {
        cdr = cdr == null ? new Cdr(null, null, null, null) : cdr;
        usage = usage == null ? new Usage(0, 0, 0, null) : usage;
    }

    /**
     * @param spoolDir        null: no spool directory is read
     * @param spoolRetryFirst how long the spool waits before it tries again after the database was away; doubled at
     *                        each failure up to {@code spoolRetryMax}
     */
    record Cdr(Path spoolDir, Duration spoolInterval, Duration spoolRetryFirst, Duration spoolRetryMax) {
        Cdr {
            spoolInterval = spoolInterval == null ? Duration.ofSeconds(5) : spoolInterval;
            spoolRetryFirst = spoolRetryFirst == null ? Duration.ofSeconds(5) : spoolRetryFirst;
            spoolRetryMax = spoolRetryMax == null ? Duration.ofMinutes(5) : spoolRetryMax;
        }
    }

    /**
     * @param ingestBatchRecords records read ahead and marked seen together before they are rated
     *                           (docs/adr/0004-usage-ingest.md); tests make it small
     * @param ingestChunkRecords rated records loaded together, with their daily sums
     * @param ingest             what one file may cost
     */
    record Usage(int eventRetentionMonths, int ingestBatchRecords, int ingestChunkRecords, Ingest ingest) {
        Usage {
            eventRetentionMonths = eventRetentionMonths <= 0 ? 6 : eventRetentionMonths;
            ingestBatchRecords = ingestBatchRecords <= 0 ? 100_000 : ingestBatchRecords;
            ingestChunkRecords = ingestChunkRecords <= 0 ? 100_000 : ingestChunkRecords;
            ingest = ingest == null ? new Ingest(null, 0, null, 0, null, 0) : ingest;
        }
    }

    /** {@code portal.usage.ingest.*}: see {@link IngestLimits}; unset or 0 is the default. */
    record Ingest(DataSize maxDecompressedBytes, int maxCompressionRatio, DataSize compressionRatioCheckedAfter,
            int maxRecords, DataSize maxLineBytes, int rejectionsKept) {

        IngestLimits limits() {
            IngestLimits defaults = IngestLimits.DEFAULT;
            return new IngestLimits(
                    maxDecompressedBytes == null ? defaults.maxDecompressedBytes() : maxDecompressedBytes.toBytes(),
                    maxCompressionRatio <= 0 ? defaults.maxCompressionRatio() : maxCompressionRatio,
                    compressionRatioCheckedAfter == null ? defaults.compressionRatioCheckedAfter()
                            : compressionRatioCheckedAfter.toBytes(),
                    maxRecords <= 0 ? defaults.maxRecords() : maxRecords,
                    maxLineBytes == null ? defaults.maxLineBytes() : Math.toIntExact(maxLineBytes.toBytes()),
                    rejectionsKept <= 0 ? defaults.rejectionsKept() : rejectionsKept);
        }
    }
}
