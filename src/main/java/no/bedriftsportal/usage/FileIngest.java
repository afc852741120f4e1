package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CopyBinary;
import no.bedriftsportal.shared.database.CopyWriter;
import no.bedriftsportal.subscription.SubscriptionDirectory;
import no.bedriftsportal.subscription.SubscriptionDirectory.ActiveLine;

/**
 * One file, in one transaction (docs/adr/0004-usage-ingest.md), read once.
 *
 * <p>The ingesting thread parses the file in batches and rates them in arrival order; two
 * database lanes (threads) work meanwhile. Before a batch is rated the load lane, on the file's
 * connection, has created the months' partitions and read the data allowances the batch brings,
 * and the seen lane, on a connection of its own, has recorded its ids in {@code cdr_seen}, which
 * tells which of them were seen before; while the next batch is parsed and rated, the load lane
 * loads the rated pieces of the last one into {@code usage_event} with COPY and adds their daily
 * sums to the rollups. At the end the allowances are written back and refused records unmarked
 * and kept with line and reason.
 *
 * <p>A second line with an id rated earlier (in this file or another) is a duplicate; one whose
 * earlier line in this file was refused is rated (a corrected record).
 */
final class FileIngest {

    private static final Logger log = LoggerFactory.getLogger(FileIngest.class);

    private static final String EVENT_COPY = """
            copy %s (company_id, subscription_id, start_time, cdr_id, piece, type, direction, category, data_bucket,
                              cost_group, zone, country, destination_country, other_party, seconds, bytes, quantity, amount,
                              vat_rate, content_service, provider, description, cdr_file_id) from stdin (format binary)""";
    private static final int EVENT_COLUMNS = 23;
    /** What every rollup sums. */
    private static final String[] SUMS = {"events", "seconds", "bytes", "quantity", "amount"};
    /** Per subscription and day. */
    private static final String ADD_DAILY_ROLLUPS = addSums("usage_daily",
            "company_id, subscription_id, day, type, direction, category, data_bucket, cost_group, country, vat_rate", SUMS);
    /** Per customer number and day (the dashboard's company view). */
    private static final String ADD_ACCOUNT_DAILY_ROLLUPS = addSums("usage_account_daily",
            "company_id, customer_account_id, day, type, direction, category, data_bucket, cost_group, country", SUMS);
    /** Per customer number and month (the dashboard's cost development). */
    private static final String ADD_ACCOUNT_MONTHLY_ROLLUPS = addSums("usage_account_monthly",
            "company_id, month, customer_account_id, type, direction, category, data_bucket, cost_group, country", SUMS);
    /** Per subscription and month (the dashboard's user lists). */
    private static final String ADD_SUBSCRIPTION_MONTHLY_ROLLUPS = addSums("usage_subscription_monthly",
            "company_id, subscription_id, month", "voice_seconds", "voice_seconds_received", "messages", "messages_received",
            "data_bytes", "bytes_package", "bytes_extra_package", "bytes_outside_package", "bytes_blocked", "amount",
            "amount_outside_fixed", "amount_abroad");

    private final Connection connection;
    /** cdr_seen's own connection and transaction, committed just before the file's (see {@link #markSeen}). */
    private final Connection seenConnection;
    private final Tariffs tariffs;
    private final SubscriptionDirectory directory;
    private final UsagePartitions partitions;
    private final YearMonth oldestStoredMonth;
    private final long fileId;
    private final Path file;
    private final int batchRecords;
    private final int chunkRecords;

    private final List<CdrRejection> parserRejections = new ArrayList<>();
    private final AllowanceBook allowances = new AllowanceBook();
    private final Set<YearMonth> monthsAsked = new HashSet<>();
    private final Set<AllowanceBook.Key> allowancesAsked = new HashSet<>();
    private final LaneTimes laneTimes = new LaneTimes();
    /** The companies' days whose usage_daily rows an earlier chunk loaded. The lane's only. */
    private final Set<DailyRollup.CompanyDay> daysLoaded = new HashSet<>();
    private int records;

    FileIngest(Connection connection, Connection seenConnection, Tariffs tariffs, SubscriptionDirectory directory,
            UsagePartitions partitions, YearMonth oldestStoredMonth, long fileId, Path file, int batchRecords,
            int chunkRecords) {
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
    }

    /** What the file came to. {@code records = rated + duplicates + rejections.size()}. */
    record Outcome(int records, int rated, int duplicates, List<CdrRejection> rejections, List<Blocked> blocks) {
    }

    /** A Datakontroll block that started in this file. */
    record Blocked(long companyId, long subscriptionId, String msisdn, Instant blockedAt) {
    }

    Outcome run() throws IOException, SQLException {
        Phases phases = new Phases();
        Rating rating;
        try (DatabaseLane lane = new DatabaseLane("cdr-ingest-load");
             DatabaseLane seenLane = new DatabaseLane("cdr-ingest-seen")) {
            rating = new Rating(chunk -> lane.load(() -> load(chunk)));
            Batches batches = new Batches(lane, seenLane, rating);
            parse(batches::add);
            batches.finish();
            phases.done("read and rate");
            lane.await();
            seenLane.await();
            phases.done("load tail (" + laneTimes + ")");
        }
        settle(rating, phases);
        log.debug("file {}: {}", fileId, phases);
        return new Outcome(records, rating.rated, rating.duplicates, rating.rejections(), rating.blocks);
    }

    /**
     * A connection (the file's, or cdr_seen's), worked by one other thread while the ingesting
     * thread rates. Plain JDBC, since the transaction's connection is bound to the ingesting
     * thread; that thread leaves the connection alone until {@link #await()}. Work the ingesting
     * thread is waiting for (a batch's preparation) goes before loads queued earlier, so that
     * rating never waits behind them. After a failure nothing more runs: the transaction is lost
     * anyway.
     */
    private static final class DatabaseLane implements AutoCloseable {

        /** Chunks handed over and not yet loaded, at most: bounds the memory when rating runs ahead. */
        private static final int MAX_PENDING_LOADS = 2;

        private final ThreadPoolExecutor worker;
        private final List<CompletableFuture<?>> given = new ArrayList<>();
        private final ArrayDeque<CompletableFuture<?>> pendingLoads = new ArrayDeque<>();
        private long sequence;
        private volatile Throwable failure;

        DatabaseLane(String threadName) {
            worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, threadName);
                thread.setDaemon(true);
                return thread;
            });
        }

        /** Runs before any load not yet started. */
        <T> CompletableFuture<T> urgently(Callable<T> work) {
            return run(0, work);
        }

        /** Runs after everything given before; waits first while {@link #MAX_PENDING_LOADS} loads are queued. */
        void load(Callable<Void> work) {
            pendingLoads.removeIf(CompletableFuture::isDone);
            while (pendingLoads.size() >= MAX_PENDING_LOADS) {
                pendingLoads.poll().join();
            }
            pendingLoads.add(run(1, work));
        }

        private <T> CompletableFuture<T> run(int priority, Callable<T> work) {
            CompletableFuture<T> result = new CompletableFuture<>();
            worker.execute(new Task(priority, sequence++, () -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                    return;
                }
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    failure = e;
                    result.completeExceptionally(e);
                }
            }));
            given.add(result);
            return result;
        }

        /** Waits for everything given; throws the first failure. */
        void await() {
            given.forEach(CompletableFuture::join);
        }

        /**
         * Stops the lane: what is queued is dropped, and what runs is waited for, so that the
         * connection is the ingesting thread's alone again (it may roll back on it next).
         */
        @Override
        public void close() {
            if (failure == null) {
                failure = new IllegalStateException("the ingest stopped");
            }
            worker.shutdownNow();
            try {
                if (!worker.awaitTermination(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the database lane did not stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private record Task(int priority, long sequence, Runnable work) implements Runnable, Comparable<Task> {

            @Override
            public void run() {
                work.run();
            }

            @Override
            public int compareTo(Task other) {
                return priority != other.priority ? Integer.compare(priority, other.priority)
                        : Long.compare(sequence, other.sequence);
            }
        }
    }

    /**
     * The parsed records, in batches: a batch is prepared on the lanes (partitions, allowances, ids
     * marked seen) while the next ones are parsed, and rated two batches later.
     */
    private final class Batches {

        /** Batches sent to the lane ahead of the one being rated: time for it to finish the load it is at. */
        private static final int AHEAD = 2;

        private final DatabaseLane lane;
        private final DatabaseLane seenLane;
        private final Rating rating;
        private final ArrayDeque<Batch> preparing = new ArrayDeque<>();
        private Batch filling;

        Batches(DatabaseLane lane, DatabaseLane seenLane, Rating rating) {
            this.lane = lane;
            this.seenLane = seenLane;
            this.rating = rating;
            this.filling = new Batch(batchRecords);
        }

        void add(CdrLine line) {
            records++;
            if (line instanceof RejectedCdr rejected) {
                parserRejections.add(new CdrRejection(rejected.lineNumber(), rejected.cdrId(), rejected.reason(),
                        rejected.rawLine()));
                return;
            }
            filling.add((ParsedCdr) line);
            if (filling.size() >= batchRecords) {
                send();
                while (preparing.size() > AHEAD) {
                    preparing.poll().rateWith(rating);
                }
            }
        }

        void finish() {
            send();
            while (!preparing.isEmpty()) {
                preparing.poll().rateWith(rating);
            }
            rating.handOver();
        }

        /** Sends the batch being filled to the lane to be prepared. */
        private void send() {
            if (filling.size() > 0) {
                filling.prepare(lane, seenLane);
                preparing.add(filling);
                filling = new Batch(batchRecords);
            }
        }
    }

    /**
     * Records parsed together: the subscription each belongs to, which of them repeat an id, and
     * which ids were seen before. Bits are kept by a record's place in the batch.
     */
    private final class Batch {

        private final List<ParsedCdr> cdrs;
        private ActiveLine[] active;
        private final BitSet repeats = new BitSet();
        private CompletableFuture<Prepared> preparation;

        Batch(int capacity) {
            this.cdrs = new ArrayList<>(capacity);
        }

        void add(ParsedCdr cdr) {
            cdrs.add(cdr);
        }

        int size() {
            return cdrs.size();
        }

        /**
         * Finds each record's subscription and the ids repeated within the batch, and asks the
         * lanes for what the batch needs: partitions for new months and allowances not read yet
         * (the load lane), its ids in cdr_seen (the seen lane).
         */
        void prepare(DatabaseLane lane, DatabaseLane seenLane) {
            Set<YearMonth> months = new HashSet<>();
            Set<AllowanceBook.Key> keys = new HashSet<>();
            active = new ActiveLine[cdrs.size()];
            YearMonth previousMonth = null;
            for (int i = 0; i < active.length; i++) {
                ParsedCdr cdr = cdrs.get(i);
                LocalDate day = Oslo.dateOf(cdr.startTime());
                YearMonth month = Oslo.monthOf(cdr.startTime()); // the usage month
                if (!month.equals(previousMonth) && !month.isBefore(oldestStoredMonth) && monthsAsked.add(month)) {
                    months.add(month);
                }
                previousMonth = month;
                active[i] = directory.activeOn(cdr.msisdn(), day).orElse(null);
                if (cdr.type() == CdrType.DATA && active[i] != null) {
                    AllowanceBook.Key key = new AllowanceBook.Key(active[i].subscription().companyId(),
                            active[i].subscription().id(), month);
                    if (allowancesAsked.add(key)) {
                        keys.add(key);
                    }
                }
            }
            // Sorted by id (then line), a repeated id follows its first line; and the ids go into
            // cdr_seen's index in key order, which visits far fewer pages.
            IdAt[] byId = new IdAt[cdrs.size()];
            Arrays.setAll(byId, index -> new IdAt(cdrs.get(index).cdrId(), index));
            Arrays.sort(byId);
            CopyBinary firstIds = new CopyBinary(byId.length * 40);
            String previous = null;
            for (IdAt id : byId) {
                if (id.cdrId().equals(previous)) {
                    repeats.set(id.index());
                } else {
                    firstIds.row(3).text(id.cdrId()).int8(fileId).int4(cdrs.get(id.index()).lineNumber());
                }
                previous = id.cdrId();
            }
            int[] lines = cdrs.stream().mapToInt(ParsedCdr::lineNumber).toArray();
            CompletableFuture<AllowanceBook.Loaded> loaded = lane.urgently(() -> {
                long started = System.nanoTime();
                partitions.ensure(connection, months);
                AllowanceBook.Loaded read = AllowanceBook.read(connection, keys);
                laneTimes.prepare += System.nanoTime() - started;
                return read;
            });
            CompletableFuture<BitSet> seen = seenLane.urgently(() -> {
                long started = System.nanoTime();
                BitSet seenBefore = markSeen(firstIds, lines);
                laneTimes.seen += System.nanoTime() - started;
                return seenBefore;
            });
            preparation = loaded.thenCombine(seen, Prepared::new);
        }

        /** Rates the batch once the lanes have prepared it. */
        void rateWith(Rating rating) {
            Prepared done = preparation.join();
            allowances.add(done.allowances());
            for (int i = 0; i < active.length; i++) {
                rating.record(cdrs.get(i), active[i], repeats.get(i) || done.seenBefore().get(i));
            }
        }
    }

    /** A record's id and its place in the batch, in that order. */
    private record IdAt(String cdrId, int index) implements Comparable<IdAt> {

        @Override
        public int compareTo(IdAt other) {
            int byId = cdrId.compareTo(other.cdrId);
            return byId != 0 ? byId : Integer.compare(index, other.index);
        }
    }

    /** What the lanes did for a batch: the allowances read, the places of first lines whose ids were seen before. */
    private record Prepared(AllowanceBook.Loaded allowances, BitSet seenBefore) {
    }

    /** Where the lanes' time went, for the debug log. Each figure written by one lane only. */
    private static final class LaneTimes {
        volatile long prepare;
        volatile long seen;
        volatile long events;
        volatile long rollups;

        @Override
        public String toString() {
            return "load lane: prepare %d ms, events %d ms, rollups %d ms; seen lane: %d ms".formatted(prepare / 1_000_000,
                    events / 1_000_000, rollups / 1_000_000, seen / 1_000_000);
        }
    }

    /**
     * A chunk of the file, rated: its pieces grouped by subscription, and their daily sums.
     *
     * @param onlyMonth the month of every piece, or null when they are of several
     */
    private record Chunk(List<CopyBinary> events, YearMonth onlyMonth, Map<DailyRollup.CompanyDay, CopyBinary> dailyRollups) {
    }

    /**
     * Loads a chunk: the pieces with one COPY (into their month's partition when they share one),
     * then their daily sums. A company's day that had no rollups before this file gets its
     * usage_daily rows by COPY; the rest are added to what is there.
     */
    private Void load(Chunk chunk) throws SQLException {
        long started = System.nanoTime();
        if (!chunk.events().isEmpty()) {
            String table = chunk.onlyMonth() == null ? "usage_event" : UsagePartitions.name(chunk.onlyMonth());
            CopyBinary.load(connection, EVENT_COPY.formatted(table), chunk.events());
        }
        laneTimes.events += System.nanoTime() - started;
        started = System.nanoTime();
        if (!chunk.dailyRollups().isEmpty()) {
            Map<DailyRollup.CompanyDay, CopyBinary> fresh = new TreeMap<>();
            Map<DailyRollup.CompanyDay, CopyBinary> added = new TreeMap<>();
            Set<DailyRollup.CompanyDay> rolledUp = companyDaysRolledUp(chunk.dailyRollups().keySet());
            chunk.dailyRollups().forEach((day, rows) -> (rolledUp.contains(day) ? added : fresh).put(day, rows));
            if (!fresh.isEmpty() && !copyFreshDays(fresh.values())) {
                added.putAll(fresh);
            }
            if (!added.isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    createIngestTable(statement, "usage_daily");
                    CopyBinary.load(connection, "copy ingest_daily from stdin (format binary)", added.values());
                    statement.execute(ADD_DAILY_ROLLUPS);
                    statement.execute("truncate ingest_daily");
                }
            }
            daysLoaded.addAll(chunk.dailyRollups().keySet());
        }
        laneTimes.rollups += System.nanoTime() - started;
        return null;
    }

    /** Adds the file's sums to the dashboard's rollups: a few rows per customer number, day and month. */
    private void addDashboardRollups(DailyRollup.DashboardRollups dashboard) throws SQLException {
        if (dashboard.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String rollup : List.of("usage_account_daily", "usage_account_monthly", "usage_subscription_monthly")) {
                createIngestTable(statement, rollup);
            }
            CopyWriter.load(connection, "copy ingest_account_daily from stdin", dashboard.accountDays());
            CopyWriter.load(connection, "copy ingest_account_monthly from stdin", dashboard.accountMonths());
            CopyWriter.load(connection, "copy ingest_subscription_monthly from stdin", dashboard.subscriptionMonths());
            statement.execute(ADD_ACCOUNT_DAILY_ROLLUPS);
            statement.execute(ADD_ACCOUNT_MONTHLY_ROLLUPS);
            statement.execute(ADD_SUBSCRIPTION_MONTHLY_ROLLUPS);
            statement.execute("truncate ingest_account_daily, ingest_account_monthly, ingest_subscription_monthly");
        }
    }

    /** Copies days' usage_daily rows straight in; false, and nothing done, when one was there already. */
    private boolean copyFreshDays(Collection<CopyBinary> days) throws SQLException {
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            CopyBinary.load(connection, "copy usage_daily from stdin (format binary)", days);
            connection.releaseSavepoint(beforeCopy);
            return true;
        } catch (SQLException taken) {
            if (!"23505".equals(taken.getSQLState())) {
                throw taken;
            }
            connection.rollback(beforeCopy);
            return false;
        }
    }

    /**
     * The companies' days that have rollups already: loaded by an earlier chunk of this file, or
     * before it. For the latter usage_account_daily answers for usage_daily: both are written by
     * every file and trimmed by the same retention, and it is small and indexed by company and day.
     * (This file's own account rollups are added when it is done.)
     */
    private Set<DailyRollup.CompanyDay> companyDaysRolledUp(Set<DailyRollup.CompanyDay> chunkDays) throws SQLException {
        Set<DailyRollup.CompanyDay> rolledUp = new HashSet<>(chunkDays);
        rolledUp.retainAll(daysLoaded);
        Set<DailyRollup.CompanyDay> days = new HashSet<>(chunkDays);
        days.removeAll(daysLoaded);
        if (days.isEmpty()) {
            return rolledUp;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select distinct d.company_id, d.day
                from unnest(?::bigint[], ?::date[]) k (company_id, day)
                join usage_account_daily d on d.company_id = k.company_id and d.day = k.day""")) {
            select.setArray(1, connection.createArrayOf("bigint", days.stream().map(DailyRollup.CompanyDay::companyId).toArray()));
            select.setArray(2, connection.createArrayOf("date",
                    days.stream().map(day -> java.sql.Date.valueOf(day.day())).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rolledUp.add(new DailyRollup.CompanyDay(rs.getLong(1), rs.getObject(2, LocalDate.class)));
                }
            }
        }
        return rolledUp;
    }

    /**
     * Adds the rows of a rollup's temporary table (see {@link #ingestTable}) to the rollup: where
     * the key is there already, the sums are added to it.
     */
    private static String addSums(String rollup, String key, String... sums) {
        return "insert into " + rollup + " select * from " + ingestTable(rollup) + " on conflict (" + key + ") do update set "
                + Arrays.stream(sums).map(sum -> sum + " = " + rollup + "." + sum + " + excluded." + sum)
                        .collect(Collectors.joining(", "));
    }

    /** The temporary table a rollup's rows are copied into before they are added: ingest_daily for usage_daily. */
    private static String ingestTable(String rollup) {
        return "ingest_" + rollup.substring("usage_".length());
    }

    /** Creates a rollup's temporary table, if this transaction has not yet. */
    private static void createIngestTable(Statement statement, String rollup) throws SQLException {
        statement.execute("create temp table if not exists " + ingestTable(rollup) + " (like " + rollup + ") on commit drop");
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

    /**
     * Records a batch's ids in cdr_seen; returns the places in the batch ({@code lines} holds their
     * line numbers) of the first lines of ids seen before (rated in another file or an earlier
     * batch of this one). Usually there are none: the ids are copied straight in, in key order.
     * When one is there already, that copy fails whole, is rolled back to its savepoint, and the
     * ids go in one by one through {@link #INSERT_SKIPPING_SEEN}.
     *
     * <p>cdr_seen has its own connection and transaction, so that the server marks ids while it
     * loads the events on the file's connection. That transaction is committed just before the
     * file's; an id counts as seen only if its row's file is in the ledger (or is this file), so
     * rows left by an ingest that died between the two commits count for nothing and are taken
     * over by the next delivery of their records.
     */
    private BitSet markSeen(CopyBinary ids, int[] lines) {
        try {
            Savepoint beforeCopy = seenConnection.setSavepoint();
            try {
                CopyBinary.load(seenConnection, "copy cdr_seen (cdr_id, cdr_file_id, line_number) from stdin (format binary)",
                        List.of(ids));
                seenConnection.releaseSavepoint(beforeCopy);
                return new BitSet();
            } catch (SQLException duplicate) {
                if (!"23505".equals(duplicate.getSQLState())) {
                    throw duplicate;
                }
                seenConnection.rollback(beforeCopy);
                return insertSkippingSeen(ids, lines);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the file's records as seen: " + e.getMessage(), e);
        }
    }

    /**
     * Inserts a batch's ids (copied into the temporary table ingest_id) into cdr_seen and answers
     * the lines of those seen before: there already for this file or for a file in the ledger. A
     * row whose file is in neither was left by an ingest that did not commit, and is taken over.
     */
    private static final String INSERT_SKIPPING_SEEN = """
            with marked as (
                insert into cdr_seen as seen (cdr_id, cdr_file_id, line_number)
                select cdr_id, cdr_file_id, line_number from ingest_id
                on conflict (cdr_id) do update set cdr_file_id = excluded.cdr_file_id, line_number = excluded.line_number
                where seen.cdr_file_id <> excluded.cdr_file_id
                  and not exists (select from cdr_file f where f.cdr_file_id = seen.cdr_file_id)
                returning line_number)
            select line_number from ingest_id i
            where not exists (select from marked m where m.line_number = i.line_number)""";

    private BitSet insertSkippingSeen(CopyBinary ids, int[] lines) throws SQLException {
        try (Statement statement = seenConnection.createStatement()) {
            statement.execute("create temp table if not exists ingest_id (cdr_id text, cdr_file_id bigint, line_number int) on commit drop");
            statement.execute("truncate ingest_id");
        }
        CopyBinary.load(seenConnection, "copy ingest_id from stdin (format binary)", List.of(ids));
        BitSet seenBefore = new BitSet();
        try (PreparedStatement insert = seenConnection.prepareStatement(INSERT_SKIPPING_SEEN);
             ResultSet found = insert.executeQuery()) {
            while (found.next()) {
                seenBefore.set(Arrays.binarySearch(lines, found.getInt(1)));
            }
        }
        return seenBefore;
    }

    private void settle(Rating rating, Phases phases) throws SQLException {
        unmarkRefused(rating);
        CopyWriter.load(connection, "copy usage_charge from stdin", rating.charges.rows(fileId));
        addDashboardRollups(rating.dashboard);
        phases.done("charges and dashboard rollups");
        allowances.save(connection, rating.boughtAutomatically);
        writeRejections(rating.rejections());
        phases.done("allowances and rejections");
    }

    /**
     * Takes the refused records' ids out of cdr_seen, so that a corrected delivery is rated, and
     * puts in those of records refused first and rated on a later line of this file.
     */
    private void unmarkRefused(Rating rating) throws SQLException {
        if (!rating.refusedIds.isEmpty()) { // by id, cdr_seen's key; only the rows this file put there
            try (PreparedStatement unmark = seenConnection.prepareStatement(
                    "delete from cdr_seen where cdr_id = any(?) and cdr_file_id = ?")) {
                unmark.setArray(1, seenConnection.createArrayOf("text", rating.refusedIds.toArray()));
                unmark.setLong(2, fileId);
                unmark.executeUpdate();
            }
        }
        if (!rating.recoveredIds.isEmpty()) {
            try (PreparedStatement mark = seenConnection.prepareStatement(
                    "insert into cdr_seen (cdr_id, cdr_file_id, line_number) values (?, ?, ?)")) {
                for (Map.Entry<String, Integer> recovered : rating.recoveredIds.entrySet()) {
                    mark.setString(1, recovered.getKey());
                    mark.setLong(2, fileId);
                    mark.setInt(3, recovered.getValue());
                    mark.addBatch();
                }
                mark.executeBatch();
            }
        }
    }

    /** One subscription in a chunk: its place among the chunk's subscriptions, its daily sums, its charges in the file. */
    private record ChunkSubscription(long companyId, long subscriptionId, int slot, DailyRollup.Subscription days,
            FileCharges.OfSubscription charges) {
    }

    /**
     * A chunk's rated pieces as COPY rows, in one buffer in arrival order, with the subscription of each;
     * handed over grouped by company and subscription (in arrival, that is time, order within
     * each): loaded together, found together. One buffer rather than one per subscription keeps the
     * garbage collector out of it.
     */
    private static final class ChunkEvents {

        private final CopyBinary rows;
        private int[] starts = new int[4096];
        private int[] slots = new int[4096];
        private int count;

        ChunkEvents(int capacity) {
            rows = new CopyBinary(capacity);
        }

        void add(ChunkSubscription subscription, RatedEvent event, long fileId) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                slots = Arrays.copyOf(slots, count * 2);
            }
            starts[count] = rows.length();
            slots[count++] = subscription.slot();
            rows.row(EVENT_COLUMNS).int8(subscription.companyId()).int8(subscription.subscriptionId())
                    .timestamptz(event.startTime()).text(event.cdrId()).int2(event.pieceNo()).text(event.type().name())
                    .text(event.direction() == null ? null : event.direction().name()).text(event.category().code())
                    .text(event.dataBucket() == null ? null : event.dataBucket().code()).text(event.costGroup().name())
                    .text(event.zone().name()).text(event.country()).text(event.destinationCountry()).text(event.otherParty())
                    .int8(event.seconds()).int8(event.bytes()).int4(event.count()).numeric2(event.amount())
                    .int2(event.vatRate()).bool(event.contentService()).text(event.provider()).text(event.description())
                    .int8(fileId);
        }

        int bytes() {
            return rows.length();
        }

        /** The rows ordered by the rank of their subscription ({@code rankOfSlot}), then as they came. */
        CopyBinary grouped(int[] rankOfSlot) {
            long[] order = new long[count];
            for (int row = 0; row < count; row++) {
                order[row] = (long) rankOfSlot[slots[row]] << 32 | row;
            }
            Arrays.sort(order);
            int[] rowOrder = new int[count];
            for (int i = 0; i < count; i++) {
                rowOrder[i] = (int) order[i];
            }
            return rows.reordered(Arrays.copyOf(starts, count), rowOrder);
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

    /** The rating of the file's records in arrival order, and all it produced. */
    private final class Rating {

        private final Consumer<Chunk> chunks;
        private final RateUsage rater = new RateUsage(tariffs);
        private Map<Long, ChunkSubscription> inChunk = new HashMap<>();
        private ChunkEvents events;
        private final Set<YearMonth> monthsInChunk = new HashSet<>();
        private int recordsInChunk;
        private DailyRollup rollup = new DailyRollup();
        private final DailyRollup.DashboardRollups dashboard = new DailyRollup.DashboardRollups();
        private final FileCharges charges = new FileCharges();
        private final Map<AllowanceBook.Key, List<ExtraPackageBought>> boughtAutomatically = new HashMap<>();
        private final List<CdrRejection> refusals = new ArrayList<>();
        /** Ids whose first line in this file was refused: marked seen when the batch was prepared, unmarked at the end. */
        private final Set<String> refusedIds = new HashSet<>();
        private final Map<String, Integer> recoveredIds = new HashMap<>();
        private final List<Blocked> blocks = new ArrayList<>();
        private long chunkDay;
        private int lastChunkBytes;
        private int rated;
        private int duplicates;

        Rating(Consumer<Chunk> chunks) {
            this.chunks = chunks;
        }

        /** Hands the pieces rated so far on, grouped by company and subscription, with their daily sums. */
        void handOver() {
            if (inChunk.isEmpty()) {
                return;
            }
            List<ChunkSubscription> bySubscription = new ArrayList<>(inChunk.values());
            bySubscription.sort(Comparator.comparingLong(ChunkSubscription::companyId)
                    .thenComparingLong(ChunkSubscription::subscriptionId));
            int[] rankOfSlot = new int[bySubscription.size()];
            for (int rank = 0; rank < rankOfSlot.length; rank++) {
                rankOfSlot[bySubscription.get(rank).slot()] = rank;
            }
            lastChunkBytes = events == null ? lastChunkBytes : events.bytes();
            chunks.accept(new Chunk(events == null ? List.of() : List.of(events.grouped(rankOfSlot)),
                    monthsInChunk.size() == 1 ? monthsInChunk.iterator().next() : null, rollup.rows(dashboard)));
            inChunk = new HashMap<>();
            events = null;
            monthsInChunk.clear();
            rollup = new DailyRollup();
            recordsInChunk = 0;
        }

        List<CdrRejection> rejections() {
            List<CdrRejection> all = new ArrayList<>(parserRejections);
            all.addAll(refusals);
            all.sort(Comparator.comparingInt(CdrRejection::lineNumber));
            return all;
        }

        /**
         * @param active the subscription of the record's number on its day, null if none
         * @param seen   whether the record's id was seen before: in another file, or on an earlier
         *               line of this one
         */
        void record(ParsedCdr cdr, ActiveLine active, boolean seen) {
            if (!seen) {
                if (!rateNew(cdr, active)) {
                    refusedIds.add(cdr.cdrId());
                }
            } else if (!refusedIds.contains(cdr.cdrId()) || recoveredIds.containsKey(cdr.cdrId())) {
                duplicates++;
            } else if (rateNew(cdr, active)) { // refused earlier in this file, now delivered corrected
                recoveredIds.put(cdr.cdrId(), cdr.lineNumber());
            }
        }

        /** Rates a record not seen before; false when it is refused. */
        private boolean rateNew(ParsedCdr cdr, ActiveLine active) {
            LocalDate day = Oslo.dateOf(cdr.startTime());
            if (recordsInChunk >= chunkRecords && (day.toEpochDay() != chunkDay || recordsInChunk >= 2 * chunkRecords)) {
                handOver(); // at a day's end where the feed is in time order, so a day's sums are added once
            }
            chunkDay = day.toEpochDay();
            if (active == null) {
                return refuse(cdr, "no subscription is active for " + cdr.msisdn() + " on " + day);
            }
            long companyId = active.subscription().companyId();
            long subscriptionId = active.subscription().id();
            var terms = active.terms();
            RatingTerms ratingTerms = new RatingTerms(subscriptionId, terms.planCode(), terms.dataControl(),
                    terms.autoExtraPackageCode(), terms.autoExtraPackageCode() == null ? null : Payer.COMPANY);
            AllowanceBook.Key key = cdr.type() == CdrType.DATA
                    ? new AllowanceBook.Key(companyId, subscriptionId, Oslo.monthOf(cdr.startTime())) : null;
            RatingResult result = rater.rate(cdr, ratingTerms, key == null ? null : allowances.get(key));
            if (result instanceof RatingResult.Rejected refused) {
                return refuse(cdr, refused.reason());
            }
            RatingResult.Rated ratedRecord = (RatingResult.Rated) result;
            long customerAccountId = active.subscription().customerAccountId();
            ChunkSubscription subscription = inChunk.get(subscriptionId);
            if (subscription == null) {
                subscription = new ChunkSubscription(companyId, subscriptionId, inChunk.size(),
                        rollup.subscription(companyId, subscriptionId, customerAccountId), charges.of(companyId, subscriptionId));
                inChunk.put(subscriptionId, subscription);
            }
            for (RatedEvent event : ratedRecord.events()) {
                if (!event.month().isBefore(oldestStoredMonth)) {
                    if (events == null) { // as large as the last chunk's and a quarter, so it seldom grows
                        events = new ChunkEvents(lastChunkBytes > 0 ? lastChunkBytes + lastChunkBytes / 4
                                : Math.min(chunkRecords, 1 << 20) * 200);
                    }
                    events.add(subscription, event, fileId);
                    monthsInChunk.add(event.month());
                }
                subscription.days().add(event, day);
                subscription.charges().add(event, day);
            }
            if (!ratedRecord.extraPackagesBought().isEmpty()) { // data records only: key is set
                boughtAutomatically.computeIfAbsent(key, k -> new ArrayList<>()).addAll(ratedRecord.extraPackagesBought());
            }
            ratedRecord.dataBlocked().ifPresent(block ->
                    blocks.add(new Blocked(companyId, subscriptionId, cdr.msisdn(), block.blockedAt())));
            rated++;
            recordsInChunk++;
            return true;
        }

        private boolean refuse(ParsedCdr cdr, String reason) {
            refusals.add(new CdrRejection(cdr.lineNumber(), cdr.cdrId(), reason, CdrLines.toCsv(cdr)));
            return false;
        }
    }

}
