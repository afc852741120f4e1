package no.bedriftsportal.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.bedriftsportal.shared.database.CopyBinary;
import no.bedriftsportal.shared.database.CopyWriter;

/**
 * The load lane's work on the file's own connection: before a batch is rated, its months'
 * partitions and the data allowances it needs; after, its rated pieces into {@code usage_event}
 * with one COPY per chunk and their daily sums into the rollups; when the file is done, the
 * dashboard's rollups.
 */
final class FileLoad {

    static final String EVENT_COPY = """
            copy %s (company_id, subscription_id, start_time, cdr_id, piece, type, direction, category, data_bucket,
                              cost_group, zone, country, destination_country, other_party, seconds, bytes, quantity, amount,
                              vat_rate, content_service, provider, description, cdr_file_id) from stdin (format binary)""";
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
            "amount_outside_fixed", "amount_abroad", "amount_voice", "amount_messages", "amount_data", "amount_content");

    private final Connection connection;
    private final UsagePartitions partitions;
    private final IngestTimes times;
    /** The companies' days whose usage_daily rows an earlier chunk loaded. The lane's only. */
    private final Set<DailyRollup.CompanyDay> daysLoaded = new HashSet<>();

    FileLoad(Connection connection, UsagePartitions partitions, IngestTimes times) {
        this.connection = connection;
        this.partitions = partitions;
        this.times = times;
    }

    /**
     * A chunk of the file, rated: its pieces grouped by subscription, and their daily sums.
     *
     * @param onlyMonth the month of every piece, or null when they are of several
     */
    record Chunk(List<CopyBinary> events, YearMonth onlyMonth, Map<DailyRollup.CompanyDay, CopyBinary> dailyRollups) {
    }

    /** What a batch needs before it is rated: partitions for new months, and the allowances not read yet. */
    AllowanceBook.Loaded prepare(Set<YearMonth> months, Set<AllowanceBook.Key> keys) throws SQLException {
        long started = System.nanoTime();
        partitions.ensure(connection, months);
        AllowanceBook.Loaded read = AllowanceBook.read(connection, keys);
        times.prepare += System.nanoTime() - started;
        return read;
    }

    /**
     * Loads a chunk: the pieces with one COPY (into their month's partition when they share one),
     * then their daily sums. A company's day that had no rollups before this file gets its
     * usage_daily rows by COPY; the rest are added to what is there.
     */
    Void load(Chunk chunk) throws SQLException {
        long started = System.nanoTime();
        if (!chunk.events().isEmpty()) {
            String table = chunk.onlyMonth() == null ? "usage_event" : UsagePartitions.name(chunk.onlyMonth());
            CopyBinary.load(connection, EVENT_COPY.formatted(table), chunk.events());
        }
        times.events += System.nanoTime() - started;
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
        times.rollups += System.nanoTime() - started;
        return null;
    }

    /** Adds the file's sums to the dashboard's rollups: a few rows per customer number, day and month. */
    void addDashboardRollups(DailyRollup.DashboardRollups dashboard) throws SQLException {
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
}
