package no.bedriftsportal.usage;

import no.bedriftsportal.shared.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The one code path every CDR file takes, whichever door it came through (U1, U3). A file is
 * identified by its SHA-256: the same content again is a no-op. Files are ingested one at a time
 * across all instances (an advisory lock), since data is consumed in arrival order; each file in
 * one transaction, so a JVM killed mid-file leaves nothing behind and the file is simply taken again.
 * (The ids marked seen have a second transaction of their own, committed just before the file's;
 * an id counts as seen only once its file is in the ledger as ingested: see {@link SeenIds}.)
 *
 * <p>A file ends one of three ways. Ingested: in the ledger with its counts. Refused whole
 * ({@link CdrFileRefused}) for a reason of its own (not readable, past a limit of what a file
 * may cost, or any failure that is not the database being away): rolled back, and in the ledger
 * as refused with why. Not ingested, because the database is away ({@link IngestUnavailable}) or
 * the application stops ({@link IngestStopped}): rolled back, nothing in the ledger, to be
 * delivered again.
 */
@Component
@EnableConfigurationProperties(UsageProperties.class)
public class IngestCdrFile {

    private static final Logger log = LoggerFactory.getLogger(IngestCdrFile.class);
    static final long INGEST_LOCK = 0x5044_5249_4e47L; // one ingest at a time, across instances
    /** A refusal's reason in the ledger, at most: a failure's message can be long. */
    private static final int MAX_REASON_CHARS = 1000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CdrFileRepository ledger;
    private final UsagePartitions partitions;
    private final Catalog catalog;
    private final Subscriptions subscriptions;
    private final SmsOutbox sms;
    private final UsageProperties properties;
    private final IngestGate gate;
    private final Clock clock;
    private final CompanyDataVersions dataVersions;
    /** The data-blocked SMS in the company's language (S2). */
    private final CompanyMessages messages;
    /** {@link UsageIngested}, published in the file's transaction: listeners run after it commits. */
    private final ApplicationEventPublisher events;

    IngestCdrFile(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, CdrFileRepository ledger,
            UsagePartitions partitions, Catalog catalog, Subscriptions subscriptions, SmsOutbox sms, UsageProperties properties,
            IngestGate gate, Clock clock, CompanyDataVersions dataVersions, CompanyMessages messages,
            ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
        this.dataVersions = dataVersions;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledger = ledger;
        this.partitions = partitions;
        this.catalog = catalog;
        this.subscriptions = subscriptions;
        this.sms = sms;
        this.properties = properties;
        this.gate = gate;
        this.clock = clock;
    }

    /**
     * Ingests a file (plain or gzip CSV); returns its ledger entry, marked when it was there already.
     *
     * @throws CdrFileRefused     refused whole, with its ledger entry
     * @throws IngestUnavailable  the database is away: nothing kept, deliver it again
     * @throws IngestStopped      the application stops: nothing kept, deliver it again
     * @throws UncheckedIOException the file is not there (another instance took it)
     */
    public CdrFileSummary ingest(Path file, String name, CdrSource source) {
        return ingest(file, name, source, properties.usage().ingest().limits());
    }

    /** As {@link #ingest(Path, String, CdrSource)}, with other limits of what the file may cost (tests). */
    CdrFileSummary ingest(Path file, String name, CdrSource source, IngestLimits limits) {
        String sha256 = sha256(file, name, source);
        try (IngestGate.Ticket ticket = gate.enter()) {
            CdrFileSummary summary = transaction.execute(status -> ingestInTransaction(file, name, source, sha256, limits));
            partitions.summarizeNewRanges();
            return summary;
        } catch (CdrFileRefused refused) {
            throw refuse(name, sha256, source, refused);
        } catch (IngestStopped | IngestUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                throw new IngestUnavailable(name, e);
            }
            log.error("CDR file {} ({}) failed for a reason of its own, and is refused", name, source, e);
            throw refuse(name, sha256, source, new CdrFileRefused("the ingest failed: " + DatabaseOutage.describe(e), e));
        }
    }

    private String sha256(Path file, String name, CdrSource source) {
        try {
            return Sha256.of(file);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                throw e;
            }
            throw refuse(name, null, source, new CdrFileRefused("the file cannot be read: " + e.getCause(), e));
        }
    }

    private CdrFileSummary ingestInTransaction(Path file, String name, CdrSource source, String sha256, IngestLimits limits) {
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
                        properties.usage().ingestChunkRecords(), limits, gate::checkpoint).run();
                outcome.blocks().forEach(block -> recordBlock(block, fileId));
                dataVersions.changed(outcome.companies()); // raised as the file commits: their cached cards are old then
                ledger.complete(fileId, clock.instant(), outcome.records(), outcome.rated(), outcome.duplicates(),
                        outcome.rejected(), outcome.rejectionsNotKept());
                seen.commit(); // just before the file's own commit: see SeenIds
                events.publishEvent(new UsageIngested(fileId, outcome.touched(), outcome.blocks().stream()
                        .map(block -> new UsageIngested.Block(block.companyId(), block.subscriptionId(), block.blockedAt()))
                        .toList()));
            } catch (IOException | SQLException | RuntimeException | Error e) {
                rollBack(seen, e); // the ids go with the file (COPY bypasses the pool's own bookkeeping)
                throw e;
            }
        } catch (IOException e) {
            throw new CdrFileRefused("the file is not a readable CSV or gzip file: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load " + name + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        log.info("CDR file {} ({}): {} records, {} rated, {} duplicate, {} rejected in {} ms", name, source,
                outcome.records(), outcome.rated(), outcome.duplicates(), outcome.rejected(),
                (System.nanoTime() - started) / 1_000_000);
        return ledger.find(fileId).orElseThrow();
    }

    /** Writes the refused file's ledger entry (the file's own transaction is rolled back by now). */
    private CdrFileRefused refuse(String name, String sha256, CdrSource source, CdrFileRefused refusal) {
        String reason = refusal.reason().length() <= MAX_REASON_CHARS ? refusal.reason()
                : refusal.reason().substring(0, MAX_REASON_CHARS) + "…";
        long id;
        try {
            id = ledger.insertRefused(name, sha256, source, clock.instant(), reason);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                throw new IngestUnavailable(name, e);
            }
            throw e;
        }
        log.warn("CDR file {} ({}) refused: {} (ledger entry {})", name, source, reason, id);
        return refusal.inLedger(id);
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

    /**
     * IC2: the block is recorded with its time, and the employee is told by SMS: only for a block
     * in the current month by the clock (a file of history must not text anyone), and once per
     * subscription and month, however often data is blocked again after an extra package.
     */
    private void recordBlock(FileIngest.Blocked block, long fileId) {
        YearMonth month = Oslo.monthOf(block.blockedAt());
        boolean current = month.equals(YearMonth.from(Oslo.today(clock)));
        Boolean notified = jdbc.sql("""
                insert into data_block (company_id, subscription_id, blocked_at, cdr_file_id, notified_at)
                select :company, :subscription, :at, :file,
                       case when cast(:current as boolean) and not exists (
                                select from data_block d
                                where d.company_id = :company and d.subscription_id = :subscription
                                  and d.blocked_at >= :monthStart and d.blocked_at < :nextMonthStart
                                  and d.notified_at is not null)
                            then cast(:now as timestamptz) end
                returning notified_at is not null""")
                .param("company", block.companyId()).param("subscription", block.subscriptionId())
                .param("at", Timestamp.from(block.blockedAt())).param("file", fileId).param("current", current)
                .param("monthStart", Timestamp.from(Oslo.startOf(month.atDay(1))))
                .param("nextMonthStart", Timestamp.from(Oslo.startOf(month.plusMonths(1).atDay(1))))
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class).single();
        if (notified) {
            sms.queue(block.companyId(), null, MessagePurpose.DATA_BLOCKED, new Msisdn(block.msisdn()),
                    messages.text(block.companyId(), "sms.dataBlocked"));
        }
    }
}
