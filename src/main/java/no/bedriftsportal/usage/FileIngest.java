package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.shared.database.CopyWriter;
import no.bedriftsportal.subscription.SubscriptionDirectory;
import no.bedriftsportal.subscription.SubscriptionDirectory.ActiveLine;

/**
 * One file, in one transaction, in two passes over its bytes.
 *
 * <ol>
 * <li>Read: the parser's rejections, the first line of every cdr_id, the months and the data
 * allowances the file touches; the first lines' ids go to a temporary table.</li>
 * <li>Mark seen: ids not yet in {@code cdr_seen} are inserted there; the others are duplicates of
 * records rated before.</li>
 * <li>Rate, in arrival order: each new record against its subscription's terms and allowance; the
 * rated pieces stream into {@code usage_event} with COPY while the next records are rated.</li>
 * <li>Settle: ids the rater refused are unmarked, rollups and allowances written, rejections kept.</li>
 * </ol>
 * A second line with an id rated earlier in the file is a duplicate; one whose earlier line was
 * refused is rated (a corrected record).
 */
final class FileIngest {

    private static final String EVENT_COPY = """
            copy usage_event (company_id, subscription_id, start_time, cdr_id, piece, type, direction, category, data_bucket,
                              cost_group, zone, country, destination_country, other_party, seconds, bytes, quantity, amount,
                              vat_rate, content_service, provider, description, cdr_file_id) from stdin""";

    private final Connection connection;
    private final JdbcClient jdbc;
    private final Tariffs tariffs;
    private final SubscriptionDirectory directory;
    private final UsagePartitions partitions;
    private final YearMonth oldestStoredMonth;
    private final long fileId;
    private final Path file;
    private final RateUsage rater;

    private final Map<String, Integer> firstLineOf = new HashMap<>();
    private final BitSet repeatLines = new BitSet();
    private final BitSet newFirstLines = new BitSet();
    private final Set<YearMonth> monthsToStore = new HashSet<>();
    private final Set<AllowanceBook.Key> allowanceKeys = new HashSet<>();
    private final AllowanceBook allowances;
    private final DailyRollup rollup = new DailyRollup();
    private final Map<AllowanceBook.Key, List<ExtraPackageBought>> boughtAutomatically = new HashMap<>();
    private final List<CdrRejection> rejections = new ArrayList<>();
    private final List<Integer> refusedFirstLines = new ArrayList<>();
    private final Set<String> refusedIds = new HashSet<>();
    private final Map<String, Integer> recoveredIds = new HashMap<>();
    private final List<Blocked> blocks = new ArrayList<>();
    private int records;
    private int rated;
    private int duplicates;

    FileIngest(Connection connection, JdbcClient jdbc, Tariffs tariffs, SubscriptionDirectory directory,
            UsagePartitions partitions, YearMonth oldestStoredMonth, long fileId, Path file) {
        this.connection = connection;
        this.jdbc = jdbc;
        this.tariffs = tariffs;
        this.directory = directory;
        this.partitions = partitions;
        this.oldestStoredMonth = oldestStoredMonth;
        this.fileId = fileId;
        this.file = file;
        this.rater = new RateUsage(tariffs);
        this.allowances = new AllowanceBook(jdbc);
    }

    /** What the file came to. {@code records = rated + duplicates + rejections.size()}. */
    record Outcome(int records, int rated, int duplicates, List<CdrRejection> rejections, List<Blocked> blocks) {
    }

    /** A Datakontroll block that started in this file. */
    record Blocked(long companyId, long subscriptionId, String msisdn, Instant blockedAt) {
    }

    Outcome run() throws IOException, SQLException {
        read();
        markSeen();
        partitions.ensure(monthsToStore);
        allowances.load(connection, allowanceKeys);
        rate();
        settle();
        return new Outcome(records, rated, duplicates, rejections, blocks);
    }

    private void read() throws IOException, SQLException {
        jdbc.sql("create temp table ingest_id (cdr_id text, line_number int) on commit drop").update();
        CdrParser parser = new CdrParser(tariffs.knownCountries());
        try (CopyWriter ids = CopyWriter.open(connection, "copy ingest_id from stdin"); InputStream in = open()) {
            parser.parse(in, line -> {
                records++;
                if (line instanceof RejectedCdr rejected) {
                    rejections.add(new CdrRejection(rejected.lineNumber(), rejected.cdrId(), rejected.reason(), rejected.rawLine()));
                    return;
                }
                ParsedCdr cdr = (ParsedCdr) line;
                if (firstLineOf.putIfAbsent(cdr.cdrId(), cdr.lineNumber()) != null) {
                    repeatLines.set(cdr.lineNumber());
                    return;
                }
                ids.text(cdr.cdrId()).number(cdr.lineNumber()).endRow();
                YearMonth month = UsageMonth.of(cdr.startTime());
                if (!month.isBefore(oldestStoredMonth)) {
                    monthsToStore.add(month);
                }
                if (cdr.type() == CdrType.DATA) {
                    directory.activeOn(cdr.msisdn(), Oslo.dateOf(cdr.startTime())).ifPresent(active -> allowanceKeys.add(
                            new AllowanceBook.Key(active.subscription().companyId(), active.subscription().id(), month)));
                }
            });
        }
    }

    private void markSeen() {
        jdbc.sql("""
                insert into cdr_seen (cdr_id, cdr_file_id, line_number)
                select cdr_id, :file, line_number from ingest_id
                on conflict (cdr_id) do nothing
                returning line_number""")
                .param("file", fileId)
                .query(rs -> {
                    newFirstLines.set(rs.getInt(1));
                });
    }

    private void rate() throws IOException, SQLException {
        CdrParser parser = new CdrParser(tariffs.knownCountries());
        try (CopyWriter events = CopyWriter.open(connection, EVENT_COPY); InputStream in = open()) {
            parser.parse(in, line -> {
                if (line instanceof ParsedCdr cdr) {
                    rateRecord(cdr, events);
                }
            });
        }
    }

    private void rateRecord(ParsedCdr cdr, CopyWriter events) {
        int lineNumber = cdr.lineNumber();
        if (repeatLines.get(lineNumber)) {
            if (!refusedIds.contains(cdr.cdrId()) || recoveredIds.containsKey(cdr.cdrId())) {
                duplicates++;
                return;
            }
            if (rateNew(cdr, events)) { // the record refused earlier in this file comes again, corrected
                recoveredIds.put(cdr.cdrId(), lineNumber);
            }
            return;
        }
        if (!newFirstLines.get(lineNumber)) {
            duplicates++;
            return;
        }
        if (!rateNew(cdr, events)) {
            refusedFirstLines.add(lineNumber);
            refusedIds.add(cdr.cdrId());
        }
    }

    /** Rates a record not seen before; false when it is refused. */
    private boolean rateNew(ParsedCdr cdr, CopyWriter events) {
        LocalDate day = Oslo.dateOf(cdr.startTime());
        Optional<ActiveLine> active = directory.activeOn(cdr.msisdn(), day);
        if (active.isEmpty()) {
            return refuse(cdr, "no subscription is active for " + cdr.msisdn() + " on " + day);
        }
        long companyId = active.get().subscription().companyId();
        long subscriptionId = active.get().subscription().id();
        var terms = active.get().terms();
        RatingTerms ratingTerms = new RatingTerms(subscriptionId, terms.planCode(), terms.dataControl(),
                terms.autoExtraPackageCode(), terms.autoExtraPackageCode() == null ? null : Payer.COMPANY);
        AllowanceBook.Key key = new AllowanceBook.Key(companyId, subscriptionId, UsageMonth.of(cdr.startTime()));
        DataAllowance allowance = cdr.type() == CdrType.DATA ? allowances.get(key) : null;
        RatingResult result = rater.rate(cdr, ratingTerms, allowance);
        if (result instanceof RatingResult.Rejected refused) {
            return refuse(cdr, refused.reason());
        }
        RatingResult.Rated ratedRecord = (RatingResult.Rated) result;
        for (RatedEvent event : ratedRecord.events()) {
            if (!event.month().isBefore(oldestStoredMonth)) {
                write(events, companyId, event);
            }
            rollup.add(companyId, event);
        }
        if (!ratedRecord.extraPackagesBought().isEmpty()) {
            boughtAutomatically.computeIfAbsent(key, k -> new ArrayList<>()).addAll(ratedRecord.extraPackagesBought());
        }
        ratedRecord.dataBlocked().ifPresent(block -> blocks.add(new Blocked(companyId, subscriptionId, cdr.msisdn(), block.blockedAt())));
        rated++;
        return true;
    }

    private boolean refuse(ParsedCdr cdr, String reason) {
        rejections.add(new CdrRejection(cdr.lineNumber(), cdr.cdrId(), reason, CdrLines.toCsv(cdr)));
        return false;
    }

    private void write(CopyWriter events, long companyId, RatedEvent event) {
        events.number(companyId).number(event.subscriptionId()).timestamp(event.startTime()).text(event.cdrId())
                .number(event.pieceNo()).text(event.type().name())
                .text(event.direction() == null ? null : event.direction().name()).text(event.category().code())
                .text(event.dataBucket() == null ? null : event.dataBucket().code()).text(event.costGroup().name())
                .text(event.zone().name()).text(event.country()).text(event.destinationCountry()).text(event.otherParty())
                .number(event.seconds()).number(event.bytes()).number(event.count()).decimal(event.amount())
                .number(event.vatRate()).bool(event.contentService()).text(event.provider()).text(event.description())
                .number(fileId).endRow();
    }

    private void settle() throws SQLException {
        if (!refusedFirstLines.isEmpty()) {
            jdbc.sql("delete from cdr_seen where cdr_file_id = :file and line_number = any(:lines)")
                    .param("file", fileId).param("lines", SqlArrays.bigints(refusedFirstLines.stream().map(Integer::longValue).toList()))
                    .update();
        }
        recoveredIds.forEach((cdrId, lineNumber) -> jdbc.sql(
                "insert into cdr_seen (cdr_id, cdr_file_id, line_number) values (:id, :file, :line)")
                .param("id", cdrId).param("file", fileId).param("line", lineNumber).update());
        writeRollups();
        allowances.save(boughtAutomatically);
        writeRejections();
    }

    private void writeRollups() throws SQLException {
        if (rollup.rows().isEmpty()) {
            return;
        }
        jdbc.sql("create temp table ingest_daily (like usage_daily) on commit drop").update();
        try (CopyWriter copy = CopyWriter.open(connection, "copy ingest_daily from stdin")) {
            rollup.rows().forEach((key, sums) -> copy.number(key.companyId()).number(key.subscriptionId()).date(key.day())
                    .text(key.type()).text(key.direction()).text(key.category()).text(key.dataBucket()).text(key.costGroup())
                    .text(key.country()).number(key.vatRate()).number(sums.events).number(sums.seconds).number(sums.bytes)
                    .number(sums.quantity).decimal(sums.amount).endRow());
        }
        jdbc.sql("""
                insert into usage_daily select * from ingest_daily
                on conflict (company_id, subscription_id, day, type, direction, category, data_bucket, cost_group, country, vat_rate)
                do update set events = usage_daily.events + excluded.events, seconds = usage_daily.seconds + excluded.seconds,
                              bytes = usage_daily.bytes + excluded.bytes, quantity = usage_daily.quantity + excluded.quantity,
                              amount = usage_daily.amount + excluded.amount""")
                .update();
    }

    private void writeRejections() throws SQLException {
        if (rejections.isEmpty()) {
            return;
        }
        try (CopyWriter copy = CopyWriter.open(connection, "copy cdr_rejection (cdr_file_id, line_number, cdr_id, reason, raw_line) from stdin")) {
            for (CdrRejection rejection : rejections) {
                copy.number(fileId).number(rejection.lineNumber()).text(rejection.cdrId()).text(rejection.reason())
                        .text(rejection.rawLine()).endRow();
            }
        }
    }

    private InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
