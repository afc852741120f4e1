package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.shared.database.CopyText;
import no.bedriftsportal.shared.database.CopyWriter;
import no.bedriftsportal.subscription.SubscriptionDirectory;
import no.bedriftsportal.subscription.SubscriptionDirectory.ActiveLine;

/**
 * One file, in one transaction (docs/adr/0004-usage-ingest.md).
 *
 * <ol>
 * <li>Read: the parser's rejections, the first line of every cdr_id, the months and the data
 * allowances the file touches.</li>
 * <li>Mark seen and rate, side by side: the database records the file's ids in {@code cdr_seen}
 * (those already there are duplicates of records rated before) while the records are rated in
 * arrival order on the assumption that none is. In the rare file where that was wrong, the
 * allowances are restored and the file is rated again without its duplicates.</li>
 * <li>Load: the rated pieces, sorted by company, subscription and time, go into
 * {@code usage_event} with one COPY; the daily rollups are added; the allowances written back;
 * refused records unmarked and kept with line and reason.</li>
 * </ol>
 * A second line with an id rated earlier in the file is a duplicate; one whose earlier line was
 * refused is rated (a corrected record).
 */
final class FileIngest {

    private static final Logger log = LoggerFactory.getLogger(FileIngest.class);

    private static final String EVENT_COPY = """
            copy usage_event (company_id, subscription_id, start_time, cdr_id, piece, type, direction, category, data_bucket,
                              cost_group, zone, country, destination_country, other_party, seconds, bytes, quantity, amount,
                              vat_rate, content_service, provider, description, cdr_file_id) from stdin""";
    private static final String ADD_ROLLUPS = """
            insert into usage_daily select * from ingest_daily
            on conflict (company_id, subscription_id, day, type, direction, category, data_bucket, cost_group, country, vat_rate)
            do update set events = usage_daily.events + excluded.events, seconds = usage_daily.seconds + excluded.seconds,
                          bytes = usage_daily.bytes + excluded.bytes, quantity = usage_daily.quantity + excluded.quantity,
                          amount = usage_daily.amount + excluded.amount""";

    /** The chunk's daily sums per customer number, summed once for both account rollups below. */
    private static final String SUM_ACCOUNTS = """
            insert into ingest_account_daily
            select d.company_id, s.customer_account_id, d.day, d.type, d.direction, d.category, d.data_bucket, d.cost_group,
                   d.country, sum(d.events), sum(d.seconds), sum(d.bytes), sum(d.quantity), sum(d.amount)
            from ingest_daily d join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
            group by 1, 2, 3, 4, 5, 6, 7, 8, 9""";

    /** Per customer number and day (the dashboard's company view). */
    private static final String ADD_ACCOUNT_ROLLUPS = """
            insert into usage_account_daily
            select * from ingest_account_daily
            on conflict (company_id, customer_account_id, day, type, direction, category, data_bucket, cost_group, country)
            do update set events = usage_account_daily.events + excluded.events,
                          seconds = usage_account_daily.seconds + excluded.seconds,
                          bytes = usage_account_daily.bytes + excluded.bytes,
                          quantity = usage_account_daily.quantity + excluded.quantity,
                          amount = usage_account_daily.amount + excluded.amount""";

    /** Per customer number and month (the dashboard's cost development). */
    private static final String ADD_ACCOUNT_MONTHLY_ROLLUPS = """
            insert into usage_account_monthly
            select company_id, customer_account_id, date_trunc('month', day)::date, type, direction, category, data_bucket,
                   cost_group, country, sum(events), sum(seconds), sum(bytes), sum(quantity), sum(amount)
            from ingest_account_daily
            group by 1, 2, 3, 4, 5, 6, 7, 8, 9
            on conflict (company_id, month, customer_account_id, type, direction, category, data_bucket, cost_group, country)
            do update set events = usage_account_monthly.events + excluded.events,
                          seconds = usage_account_monthly.seconds + excluded.seconds,
                          bytes = usage_account_monthly.bytes + excluded.bytes,
                          quantity = usage_account_monthly.quantity + excluded.quantity,
                          amount = usage_account_monthly.amount + excluded.amount""";

    /** Per subscription and month (the dashboard's user lists). */
    private static final String ADD_MONTHLY_ROLLUPS = """
            insert into usage_subscription_monthly
            select d.company_id, d.subscription_id, date_trunc('month', d.day)::date, s.customer_account_id,
                   coalesce(sum(d.seconds) filter (where d.type = 'VOICE' and d.direction = 'MO'), 0),
                   coalesce(sum(d.seconds) filter (where d.type = 'VOICE' and d.direction = 'MT'), 0),
                   coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS') and d.direction = 'MO'), 0),
                   coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS') and d.direction = 'MT'), 0),
                   sum(d.bytes),
                   coalesce(sum(d.bytes) filter (where d.data_bucket = 'package'), 0),
                   coalesce(sum(d.bytes) filter (where d.data_bucket = 'extra_package'), 0),
                   coalesce(sum(d.bytes) filter (where d.data_bucket = 'outside_package'), 0),
                   coalesce(sum(d.bytes) filter (where d.data_bucket = 'blocked'), 0),
                   sum(d.amount),
                   coalesce(sum(d.amount) filter (where d.category = 'outside_fixed_price'), 0),
                   coalesce(sum(d.amount) filter (where d.category = 'abroad'), 0)
            from ingest_daily d join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
            group by 1, 2, 3, 4
            on conflict (company_id, subscription_id, month) do update set
                voice_seconds = usage_subscription_monthly.voice_seconds + excluded.voice_seconds,
                voice_seconds_received = usage_subscription_monthly.voice_seconds_received + excluded.voice_seconds_received,
                messages = usage_subscription_monthly.messages + excluded.messages,
                messages_received = usage_subscription_monthly.messages_received + excluded.messages_received,
                data_bytes = usage_subscription_monthly.data_bytes + excluded.data_bytes,
                bytes_package = usage_subscription_monthly.bytes_package + excluded.bytes_package,
                bytes_extra_package = usage_subscription_monthly.bytes_extra_package + excluded.bytes_extra_package,
                bytes_outside_package = usage_subscription_monthly.bytes_outside_package + excluded.bytes_outside_package,
                bytes_blocked = usage_subscription_monthly.bytes_blocked + excluded.bytes_blocked,
                amount = usage_subscription_monthly.amount + excluded.amount,
                amount_outside_fixed = usage_subscription_monthly.amount_outside_fixed + excluded.amount_outside_fixed,
                amount_abroad = usage_subscription_monthly.amount_abroad + excluded.amount_abroad""";

    /** Records per chunk: big enough for long runs per subscription, small enough to load while the next are rated. */
    private static final int CHUNK_RECORDS = 400_000;

    private final Connection connection;
    private final JdbcClient jdbc;
    private final Tariffs tariffs;
    private final SubscriptionDirectory directory;
    private final UsagePartitions partitions;
    private final YearMonth oldestStoredMonth;
    private final long fileId;
    private final Path file;

    private final BitSet firstLines = new BitSet();
    private final CopyText firstIds = new CopyText(1 << 20);
    private final BitSet repeatLines = new BitSet();
    private final Set<YearMonth> monthsToStore = new HashSet<>();
    private final Set<AllowanceBook.Key> allowanceKeys = new HashSet<>();
    private final List<CdrRejection> parserRejections = new ArrayList<>();
    private final AllowanceBook allowances;
    private int records;
    private volatile long markSeenMillis;

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
        this.allowances = new AllowanceBook(jdbc);
    }

    /** What the file came to. {@code records = rated + duplicates + rejections.size()}. */
    record Outcome(int records, int rated, int duplicates, List<CdrRejection> rejections, List<Blocked> blocks) {
    }

    /** A Datakontroll block that started in this file. */
    record Blocked(long companyId, long subscriptionId, String msisdn, Instant blockedAt) {
    }

    Outcome run() throws IOException, SQLException {
        Phases phases = new Phases();
        read();
        partitions.ensure(monthsToStore);
        allowances.load(connection, allowanceKeys);
        phases.done("read");
        Rating rating;
        try (DatabaseLane lane = new DatabaseLane()) {
            CompletableFuture<BitSet> seenBefore = lane.then(this::markSeen);
            CompletableFuture<Savepoint> beforeEvents = lane.then(connection::setSavepoint);
            rating = rate(new BitSet(), chunk -> lane.then(() -> load(chunk)));
            phases.done("rate");
            lane.await();
            phases.done("load (seen took " + markSeenMillis + " ms)");
            BitSet duplicates = seenBefore.join();
            if (rating.ratedAny(duplicates)) {
                connection.rollback(beforeEvents.join());
                allowances.restore();
                rating = rate(duplicates, chunk -> lane.then(() -> load(chunk)));
                lane.await();
                phases.done("rate and load again without the duplicates");
            }
        }
        settle(rating, phases);
        log.debug("file {}: {}", fileId, phases);
        return new Outcome(records, rating.rated, rating.duplicates, rating.rejections(), rating.blocks);
    }

    /**
     * The file's connection, worked by one other thread while the ingesting thread rates: the ids
     * into cdr_seen, then each chunk of rated pieces as soon as it is ready. Plain JDBC, since the
     * transaction's connection is bound to the ingesting thread; that thread leaves the connection
     * alone until {@link #await()}.
     */
    private static final class DatabaseLane implements AutoCloseable {

        private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "cdr-ingest-load");
            thread.setDaemon(true);
            return thread;
        });
        private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

        /** Runs after everything given before; a failure fails everything after it. */
        <T> CompletableFuture<T> then(Callable<T> work) {
            CompletableFuture<T> next = tail.thenApplyAsync(ignored -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, worker);
            tail = next;
            return next;
        }

        void await() {
            tail.join();
        }

        @Override
        public void close() {
            worker.shutdownNow();
        }
    }

    /** A chunk of the file, rated: its pieces grouped by subscription, and their daily sums. */
    private record Chunk(CopyText events, CopyText rollups) {
    }

    /** Loads a chunk: the pieces with one COPY, the daily sums added to usage_daily. */
    private Void load(Chunk chunk) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(EVENT_COPY, new StringReader(chunk.events().take()));
        if (chunk.rollups().rows() > 0) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temp table if not exists ingest_daily (like usage_daily) on commit drop");
                statement.execute("create temp table if not exists ingest_account_daily (like usage_account_daily) on commit drop");
            }
            copy.copyIn("copy ingest_daily from stdin", new StringReader(chunk.rollups().take()));
            try (Statement statement = connection.createStatement()) {
                statement.execute(ADD_ROLLUPS);
                statement.execute(SUM_ACCOUNTS);
                statement.execute(ADD_ACCOUNT_ROLLUPS);
                statement.execute(ADD_ACCOUNT_MONTHLY_ROLLUPS);
                statement.execute(ADD_MONTHLY_ROLLUPS);
                statement.execute("truncate ingest_daily, ingest_account_daily");
            }
        }
        return null;
    }

    /** Where a file's time went, for the debug log. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(phase).append(' ').append((now - last) / 1_000_000).append(" ms, ");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private void read() throws IOException, SQLException {
        List<IdLine> ids = new ArrayList<>();
        parse(line -> {
            records++;
            if (line instanceof RejectedCdr rejected) {
                parserRejections.add(new CdrRejection(rejected.lineNumber(), rejected.cdrId(), rejected.reason(),
                        rejected.rawLine()));
                return;
            }
            ParsedCdr cdr = (ParsedCdr) line;
            ids.add(new IdLine(cdr.cdrId(), cdr.lineNumber()));
            YearMonth month = UsageMonth.of(cdr.startTime());
            if (!month.isBefore(oldestStoredMonth)) {
                monthsToStore.add(month);
            }
            if (cdr.type() == CdrType.DATA) {
                directory.activeOn(cdr.msisdn(), Oslo.dateOf(cdr.startTime())).ifPresent(active -> allowanceKeys.add(
                        new AllowanceBook.Key(active.subscription().companyId(), active.subscription().id(), month)));
            }
        });
        // Sorted by id (then line), a repeated id follows its first line; and the ids go into
        // cdr_seen's index in key order, which visits far fewer pages.
        IdLine[] sorted = ids.toArray(IdLine[]::new);
        Arrays.parallelSort(sorted, Comparator.comparing(IdLine::id).thenComparingInt(IdLine::line));
        String previous = null;
        for (IdLine idLine : sorted) {
            if (idLine.id().equals(previous)) {
                repeatLines.set(idLine.line());
            } else {
                firstLines.set(idLine.line());
                firstIds.text(idLine.id()).number(fileId).number(idLine.line()).endRow();
            }
            previous = idLine.id();
        }
    }

    private record IdLine(String id, int line) {
    }

    /**
     * Records the file's new ids in cdr_seen; returns the first lines of ids that were there
     * already. Usually none are: the ids are copied straight in, in key order. When one was seen
     * before, that copy fails whole and is rolled back to its savepoint, and the ids go in one by
     * one, skipping those there already.
     *
     * <p>Runs on another thread, on the file's connection (plain JDBC: the transaction's
     * connection is bound to the ingesting thread), while that thread rates and leaves it alone.
     */
    private BitSet markSeen() {
        long started = System.nanoTime();
        String ids = firstIds.take();
        BitSet seenBefore = new BitSet();
        try {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy cdr_seen (cdr_id, cdr_file_id, line_number) from stdin", new StringReader(ids));
                connection.releaseSavepoint(beforeCopy);
            } catch (SQLException duplicate) {
                if (!"23505".equals(duplicate.getSQLState())) {
                    throw duplicate;
                }
                connection.rollback(beforeCopy);
                seenBefore = insertSkippingSeen(ids);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not mark the file's records as seen: " + e.getMessage(), e);
        }
        markSeenMillis = (System.nanoTime() - started) / 1_000_000;
        return seenBefore;
    }

    private BitSet insertSkippingSeen(String ids) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table ingest_id (cdr_id text, cdr_file_id bigint, line_number int) on commit drop");
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy ingest_id from stdin", new StringReader(ids));
        BitSet inserted = new BitSet();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into cdr_seen (cdr_id, cdr_file_id, line_number)
                select cdr_id, cdr_file_id, line_number from ingest_id
                on conflict (cdr_id) do nothing
                returning line_number""");
             ResultSet lines = insert.executeQuery()) {
            while (lines.next()) {
                inserted.set(lines.getInt(1));
            }
        }
        BitSet seenBefore = (BitSet) firstLines.clone();
        seenBefore.andNot(inserted);
        return seenBefore;
    }

    /**
     * Rates the file in arrival order (a second read of it), leaving out the first lines in
     * {@code seenBefore}, and hands the rated pieces on in chunks, grouped by subscription.
     */
    private Rating rate(BitSet seenBefore, Consumer<Chunk> chunks) throws IOException {
        Rating rating = new Rating(seenBefore, chunks);
        parse(line -> {
            if (line instanceof ParsedCdr cdr) {
                rating.record(cdr);
            }
        });
        rating.handOver();
        return rating;
    }

    private void settle(Rating rating, Phases phases) throws SQLException {
        if (!rating.refusedFirstLines.isEmpty()) {
            jdbc.sql("delete from cdr_seen where cdr_file_id = :file and line_number = any(:lines)")
                    .param("file", fileId)
                    .param("lines", SqlArrays.bigints(rating.refusedFirstLines.stream().map(Integer::longValue).toList()))
                    .update();
        }
        rating.recoveredIds.forEach((cdrId, lineNumber) -> jdbc.sql(
                "insert into cdr_seen (cdr_id, cdr_file_id, line_number) values (:id, :file, :line)")
                .param("id", cdrId).param("file", fileId).param("line", lineNumber).update());
        try (CopyWriter copy = CopyWriter.open(connection, "copy usage_charge from stdin")) {
            copy.write(rating.charges.rows(fileId));
        }
        allowances.save(rating.boughtAutomatically);
        writeRejections(rating.rejections());
        phases.done("allowances and rejections");
    }

    /** One subscription's rated pieces as COPY rows, in arrival (time) order: loaded together, found together. */
    private record SubscriptionRows(long companyId, long subscriptionId, CopyText rows) {

        void add(RatedEvent event, long fileId) {
            rows.number(companyId).number(subscriptionId).timestamp(event.startTime()).text(event.cdrId())
                    .number(event.pieceNo()).text(event.type().name())
                    .text(event.direction() == null ? null : event.direction().name()).text(event.category().code())
                    .text(event.dataBucket() == null ? null : event.dataBucket().code()).text(event.costGroup().name())
                    .text(event.zone().name()).text(event.country()).text(event.destinationCountry()).text(event.otherParty())
                    .number(event.seconds()).number(event.bytes()).number(event.count()).decimal(event.amount())
                    .number(event.vatRate()).bool(event.contentService()).text(event.provider()).text(event.description())
                    .number(fileId).endRow();
        }
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

    private void parse(java.util.function.Consumer<CdrLine> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new CdrParser(tariffs.knownCountries()).parse(in, sink);
        }
    }

    /** One pass of rating over the file, and all it produced. */
    private final class Rating {

        private final BitSet seenBefore;
        private final Consumer<Chunk> chunks;
        private final RateUsage rater = new RateUsage(tariffs);
        private Map<Long, SubscriptionRows> events = new HashMap<>();
        private int recordsInChunk;
        private DailyRollup rollup = new DailyRollup();
        private final FileCharges charges = new FileCharges();
        private final Map<AllowanceBook.Key, List<ExtraPackageBought>> boughtAutomatically = new HashMap<>();
        private final List<CdrRejection> refusals = new ArrayList<>();
        private final List<Integer> refusedFirstLines = new ArrayList<>();
        private final Set<String> refusedIds = new HashSet<>();
        private final Map<String, Integer> recoveredIds = new HashMap<>();
        private final List<Blocked> blocks = new ArrayList<>();
        private final BitSet ratedFirstLines = new BitSet();
        private int rated;
        private int duplicates;

        Rating(BitSet seenBefore, Consumer<Chunk> chunks) {
            this.seenBefore = seenBefore;
            this.chunks = chunks;
        }

        /** Hands the pieces rated so far on, grouped by company and subscription, with their daily sums. */
        void handOver() {
            if (events.isEmpty() && rollup.isEmpty()) {
                return;
            }
            List<SubscriptionRows> bySubscription = new ArrayList<>(events.values());
            bySubscription.sort(Comparator.comparingLong(SubscriptionRows::companyId)
                    .thenComparingLong(SubscriptionRows::subscriptionId));
            CopyText chunk = new CopyText(bySubscription.stream().mapToInt(rows -> rows.rows().length()).sum() + 16);
            bySubscription.forEach(rows -> chunk.append(rows.rows()));
            chunks.accept(new Chunk(chunk, rollup.rows()));
            events = new HashMap<>();
            rollup = new DailyRollup();
            recordsInChunk = 0;
        }

        /** True when a first line rated here turns out to have been seen before. */
        boolean ratedAny(BitSet seenBefore) {
            return ratedFirstLines.intersects(seenBefore);
        }

        List<CdrRejection> rejections() {
            List<CdrRejection> all = new ArrayList<>(parserRejections);
            all.addAll(refusals);
            all.sort(Comparator.comparingInt(CdrRejection::lineNumber));
            return all;
        }

        void record(ParsedCdr cdr) {
            int lineNumber = cdr.lineNumber();
            if (repeatLines.get(lineNumber)) {
                if (!refusedIds.contains(cdr.cdrId()) || recoveredIds.containsKey(cdr.cdrId())) {
                    duplicates++;
                } else if (rateNew(cdr)) { // refused earlier in this file, now delivered corrected
                    recoveredIds.put(cdr.cdrId(), lineNumber);
                }
                return;
            }
            if (seenBefore.get(lineNumber)) {
                duplicates++;
                return;
            }
            if (rateNew(cdr)) {
                ratedFirstLines.set(lineNumber);
            } else {
                refusedFirstLines.add(lineNumber);
                refusedIds.add(cdr.cdrId());
            }
        }

        /** Rates a record not seen before; false when it is refused. */
        private boolean rateNew(ParsedCdr cdr) {
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
            RatingResult result = rater.rate(cdr, ratingTerms, cdr.type() == CdrType.DATA ? allowances.get(key) : null);
            if (result instanceof RatingResult.Rejected refused) {
                return refuse(cdr, refused.reason());
            }
            RatingResult.Rated ratedRecord = (RatingResult.Rated) result;
            SubscriptionRows rows = null;
            for (RatedEvent event : ratedRecord.events()) {
                if (!event.month().isBefore(oldestStoredMonth)) {
                    if (rows == null) {
                        rows = events.computeIfAbsent(subscriptionId,
                                id -> new SubscriptionRows(companyId, subscriptionId, new CopyText(4096)));
                    }
                    rows.add(event, fileId);
                }
                rollup.add(companyId, event, day);
                charges.add(companyId, event, day);
            }
            if (!ratedRecord.extraPackagesBought().isEmpty()) {
                boughtAutomatically.computeIfAbsent(key, k -> new ArrayList<>()).addAll(ratedRecord.extraPackagesBought());
            }
            ratedRecord.dataBlocked().ifPresent(block ->
                    blocks.add(new Blocked(companyId, subscriptionId, cdr.msisdn(), block.blockedAt())));
            rated++;
            if (++recordsInChunk >= CHUNK_RECORDS) {
                handOver();
            }
            return true;
        }

        private boolean refuse(ParsedCdr cdr, String reason) {
            refusals.add(new CdrRejection(cdr.lineNumber(), cdr.cdrId(), reason, CdrLines.toCsv(cdr)));
            return false;
        }
    }

}
