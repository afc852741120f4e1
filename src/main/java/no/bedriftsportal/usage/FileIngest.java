package no.bedriftsportal.usage;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.shared.database.CopyWriter;
import no.bedriftsportal.subscription.SubscriptionDirectory;

/**
 * One file, in one transaction (docs/adr/0004-usage-ingest.md), read once.
 *
 * <p>The ingesting thread parses the file in batches ({@link Batches}) and rates them in arrival
 * order ({@link FileRating}); two database lanes ({@link DatabaseLane}) work meanwhile. Before a
 * batch is rated the load lane, on the file's connection, has created the months' partitions and
 * read the data allowances the batch brings ({@link FileLoad}), and the seen lane, on a connection
 * of its own, has recorded its ids in {@code cdr_seen}, which tells which of them were seen before
 * ({@link SeenIds}); while the next batch is parsed and rated, the load lane loads the rated pieces
 * of the last one into {@code usage_event} with COPY and adds their daily sums to the rollups. At
 * the end ({@link #settle}) the allowances are written back and refused records unmarked and kept
 * with line and reason.
 */
final class FileIngest {

    private static final Logger log = LoggerFactory.getLogger(FileIngest.class);

    private final Connection connection;
    /** cdr_seen's own connection and transaction, committed just before the file's (see {@link SeenIds}). */
    private final Connection seenConnection;
    private final Tariffs tariffs;
    private final SubscriptionDirectory directory;
    private final UsagePartitions partitions;
    private final YearMonth oldestStoredMonth;
    private final long fileId;
    private final Path file;
    private final int batchRecords;
    private final int chunkRecords;
    private final IngestLimits limits;
    private final Runnable checkpoint;

    private final Rejections rejections;
    private final AllowanceBook allowances = new AllowanceBook();
    private int records;

    /**
     * @param limits     what the file may cost
     * @param checkpoint passed at every read of the file: throws {@link IngestStopped} when the ingest is to give way
     */
    FileIngest(Connection connection, Connection seenConnection, Tariffs tariffs, SubscriptionDirectory directory,
            UsagePartitions partitions, YearMonth oldestStoredMonth, long fileId, Path file, int batchRecords,
            int chunkRecords, IngestLimits limits, Runnable checkpoint) {
        this.connection = connection;
        this.seenConnection = seenConnection;
        this.tariffs = tariffs;
        this.directory = directory;
        this.partitions = partitions;
        this.oldestStoredMonth = oldestStoredMonth;
        this.fileId = fileId;
        this.file = file;
        this.batchRecords = batchRecords;
        this.chunkRecords = chunkRecords;
        this.limits = limits;
        this.checkpoint = checkpoint;
        this.rejections = new Rejections(limits.rejectionsKept());
    }

    /**
     * What the file came to: {@code records = rated + duplicates + rejected}; of the rejected,
     * those kept whole are written already, the rest are counted per reason.
     */
    record Outcome(int records, int rated, int duplicates, int rejected, List<RejectionCount> rejectionsNotKept,
            List<Blocked> blocks, java.util.Set<Long> companies, List<UsageIngested.Touched> touched) {
    }

    /** A Datakontroll block that started in this file. */
    record Blocked(long companyId, long subscriptionId, String msisdn, Instant blockedAt) {
    }

    Outcome run() throws IOException, SQLException {
        IngestTimes times = new IngestTimes();
        FileLoad load = new FileLoad(connection, partitions, times);
        SeenIds seen = new SeenIds(seenConnection, fileId);
        FileRating rating;
        try (DatabaseLane lane = new DatabaseLane("cdr-ingest-load");
             DatabaseLane seenLane = new DatabaseLane("cdr-ingest-seen")) {
            rating = new FileRating(chunk -> lane.load(() -> load.load(chunk)), tariffs, allowances, rejections,
                    oldestStoredMonth, fileId, chunkRecords);
            Batches batches = new Batches(lane, seenLane, load, seen, times, rating, allowances, directory,
                    oldestStoredMonth, fileId, batchRecords);
            parse(line -> {
                records++;
                if (line instanceof RejectedCdr rejected) {
                    rejections.add(new CdrRejection(rejected.lineNumber(), rejected.cdrId(), rejected.reason(),
                            rejected.rawLine()));
                } else {
                    batches.add((ParsedCdr) line);
                }
            });
            batches.finish();
            times.done("read and rate");
            lane.await();
            seenLane.await();
            times.done("load tail (" + times.lanes() + ")");
        }
        settle(rating, load, seen, times);
        log.debug("file {}: {}", fileId, times);
        return new Outcome(records, rating.rated, rating.duplicates, rejections.count(), rejections.notKept(), rating.blocks,
                rating.companies, rating.dashboard.touched());
    }

    private void settle(FileRating rating, FileLoad load, SeenIds seen, IngestTimes times) throws SQLException {
        seen.settle();
        CopyWriter.load(connection, "copy usage_charge from stdin", rating.charges.rows(fileId));
        load.addDashboardRollups(rating.dashboard);
        times.done("charges and dashboard rollups");
        allowances.save(connection, rating.boughtAutomatically);
        writeRejections(rejections.kept());
        times.done("allowances and rejections");
    }

    private void writeRejections(List<CdrRejection> rejections) throws SQLException {
        if (rejections.isEmpty()) {
            return;
        }
        try (CopyWriter copy = CopyWriter.open(connection,
                "copy cdr_rejection (cdr_file_id, line_number, cdr_id, reason, raw_line) from stdin")) {
            for (CdrRejection rejection : rejections) {
                copy.number(fileId).number(rejection.lineNumber()).text(rejection.cdrId()).text(rejection.reason())
                        .text(rejection.rawLine()).endRow();
            }
        }
    }

    /** Reads the file; a FileInputStream, which an interrupt does not close (the ingest gives way at a checkpoint instead). */
    private void parse(java.util.function.Consumer<CdrLine> sink) throws IOException {
        try (InputStream in = new FileInputStream(file.toFile())) {
            new CdrParser(tariffs.knownCountries(), limits).parse(in, sink, checkpoint);
        }
    }
}
