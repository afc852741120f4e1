package no.bedriftsportal.usage;

import no.bedriftsportal.shared.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The one code path every CDR file takes, whichever door it came through (U1, U3). A file is
 * identified by its SHA-256: the same content again is a no-op. Files are ingested one at a time
 * across all instances (an advisory lock), since data is consumed in arrival order; each file in
 * one transaction, so a JVM killed mid-file leaves nothing behind and the file is simply taken again.
 * (The ids marked seen have a second transaction of their own, committed just before the file's;
 * an id counts as seen only once its file is in the ledger: see {@link SeenIds}.)
 */
@Component
@EnableConfigurationProperties(UsageProperties.class)
public class IngestCdrFile {

    private static final Logger log = LoggerFactory.getLogger(IngestCdrFile.class);
    static final long INGEST_LOCK = 0x5044_5249_4e47L; // one ingest at a time, across instances

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CdrFileRepository ledger;
    private final UsagePartitions partitions;
    private final Catalog catalog;
    private final Subscriptions subscriptions;
    private final SmsOutbox sms;
    private final UsageProperties properties;
    private final Clock clock;

    IngestCdrFile(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, CdrFileRepository ledger,
            UsagePartitions partitions, Catalog catalog, Subscriptions subscriptions, SmsOutbox sms, UsageProperties properties,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledger = ledger;
        this.partitions = partitions;
        this.catalog = catalog;
        this.subscriptions = subscriptions;
        this.sms = sms;
        this.properties = properties;
        this.clock = clock;
    }

    /** Ingests a file (plain or gzip CSV); returns its ledger entry, marked when it was there already. */
    public CdrFileSummary ingest(Path file, String name, CdrSource source) {
        String sha256 = Sha256.of(file);
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", INGEST_LOCK).query((rs, n) -> n).list();
            var existing = ledger.findBySha256(sha256);
            if (existing.isPresent()) {
                return existing.get().again();
            }
            long started = System.nanoTime();
            long fileId = ledger.insert(name, sha256, source, clock.instant());
            Connection connection = DataSourceUtils.getConnection(dataSource);
            FileIngest.Outcome outcome;
            try (Connection seen = dataSource.getConnection()) {
                seen.setAutoCommit(false);
                try {
                    outcome = new FileIngest(connection, seen, catalog.tariffs(), subscriptions.directory(), partitions,
                            oldestStoredMonth(), fileId, file, properties.usage().ingestBatchRecords(),
                            properties.usage().ingestChunkRecords()).run();
                    outcome.blocks().forEach(block -> recordBlock(block, fileId));
                    ledger.complete(fileId, clock.instant(), outcome.records(), outcome.rated(), outcome.duplicates(),
                            outcome.rejections().size());
                    seen.commit(); // just before the file's own commit: see SeenIds
                } catch (IOException | SQLException | RuntimeException | Error e) {
                    rollBack(seen, e); // the ids go with the file (COPY bypasses the pool's own bookkeeping)
                    throw e;
                }
            } catch (IOException e) {
                throw new InvalidInputException("file", "cdr.file.unreadable",
                        "the file is not a readable CSV or gzip file: " + e.getMessage());
            } catch (SQLException e) {
                throw new IllegalStateException("could not load " + name + ": " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            log.info("CDR file {} ({}): {} records, {} rated, {} duplicate, {} rejected in {} ms", name, source,
                    outcome.records(), outcome.rated(), outcome.duplicates(), outcome.rejections().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return ledger.find(fileId).orElseThrow();
        });
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e); // a connection that broke has lost its transaction anyway
        }
    }

    /** Events of months before this one are rated and rolled up, but not kept one by one. */
    YearMonth oldestStoredMonth() {
        return YearMonth.from(Oslo.today(clock)).minusMonths(properties.usage().eventRetentionMonths() - 1L);
    }

    /** IC2: the block is recorded with its time, and the employee is told by SMS. */
    private void recordBlock(FileIngest.Blocked block, long fileId) {
        jdbc.sql("""
                insert into data_block (company_id, subscription_id, blocked_at, cdr_file_id)
                values (:company, :subscription, :at, :file)""")
                .param("company", block.companyId()).param("subscription", block.subscriptionId())
                .param("at", Timestamp.from(block.blockedAt())).param("file", fileId).update();
        sms.queue(new Msisdn(block.msisdn()), "Datakontroll: Datapakken din for denne måneden er brukt opp, og data er "
                + "sperret i Norge og EU/EØS til månedsskiftet. Kjøp en ekstra datapakke for å åpne igjen.");
    }
}
