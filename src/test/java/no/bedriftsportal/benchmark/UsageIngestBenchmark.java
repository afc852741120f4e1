package no.bedriftsportal.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrFileSummary;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Issue #3's benchmark: rate and load ≥ 2 million CDRs for 2,000 subscriptions end to end, then
 * time a bare COPY of the same rated rows into an unindexed table, and print both rates and the
 * ratio, with the CPU time the JVM and the database used. Run with {@code mvn -Pbenchmark-usage
 * verify} (or {@code -Dbenchmark.records=…}). A file of the month before is ingested first,
 * untimed, so the JIT compiler has done its work ({@code -Dbenchmark.warm-up-records=…}).
 */
public final class UsageIngestBenchmark {

    public static void main(String[] args) throws Exception {
        int subscriptionCount = Integer.getInteger("benchmark.subscriptions", 2_000);
        int records = Integer.getInteger("benchmark.records", 2_000_000);
        int warmUpRecords = Integer.getInteger("benchmark.warm-up-records", records);
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("usage")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Clock clock = context.getBean(Clock.class);
            YearMonth month = YearMonth.from(Oslo.today(clock)).minusMonths(1);
            List<String> msisdns = company(context, subscriptionCount, month);
            Path file = Files.createTempFile("benchmark-cdrs", ".csv");
            long generating = System.nanoTime();
            BenchmarkCdrs.write(file, msisdns, month, records, 42);
            System.out.printf(Locale.ROOT, "generated %,d CDRs (%,d MB) in %.1f s%n", records, Files.size(file) >> 20,
                    seconds(generating));

            warmUp(context, msisdns, month.minusMonths(1), warmUpRecords);

            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                checkpoint(connection);
            }
            CpuTime cpuBefore = CpuTime.now();
            long walBefore = walBytes(jdbc);
            long ingesting = System.nanoTime();
            CdrFileSummary summary = context.getBean(IngestCdrFile.class).ingest(file, "benchmark.csv", CdrSource.UPLOAD);
            double ingestSeconds = seconds(ingesting);
            CpuTime cpu = CpuTime.now().minus(cpuBefore);
            long walWritten = walBytes(jdbc) - walBefore;
            long events = jdbc.sql("select count(*) from usage_event where cdr_file_id = :id").param("id", summary.id())
                    .query(Long.class).single();

            BareCopy bare = bareCopy(context.getBean(DataSource.class), summary.id());
            System.out.println();
            System.out.printf(Locale.ROOT, "end to end: %,d CDRs (%,d rated, %,d duplicate, %,d rejected) -> %,d events in %.2f s = %,.0f CDRs/s%n",
                    summary.records(), summary.rated(), summary.duplicate(), summary.rejected(), events, ingestSeconds,
                    summary.records() / ingestSeconds);
            System.out.printf(Locale.ROOT, "CPU time while ingesting: Java %.2f s, PostgreSQL %.2f s (of %.2f s on 2 cores); "
                    + "WAL written: %,d MB%n", cpu.javaSeconds(), cpu.postgresSeconds(), 2 * ingestSeconds, walWritten >> 20);
            System.out.printf(Locale.ROOT, "bare COPY of the same %,d rated rows into an unindexed table (median of 3): "
                    + "text %.2f s = %,.0f rows/s, binary %.2f s = %,.0f rows/s%n", events, bare.textSeconds(),
                    events / bare.textSeconds(), bare.binarySeconds(), events / bare.binarySeconds());
            System.out.printf(Locale.ROOT, "ratio end-to-end / bare COPY: %.2f against text, %.2f against binary "
                    + "(goal: >= 100,000 CDRs/s, ratio <= 2.5)%n", ingestSeconds / bare.textSeconds(),
                    ingestSeconds / bare.binarySeconds());
            Files.delete(file);
        }
    }

    /**
     * A server rates files all day: one file of the month before first, so that the measured one
     * meets compiled code, as it would in production, rather than the JIT compiler at work.
     */
    private static void warmUp(ConfigurableApplicationContext context, List<String> msisdns, YearMonth month, int records)
            throws Exception {
        if (records <= 0) {
            return;
        }
        Path file = Files.createTempFile("benchmark-warm-up", ".csv");
        BenchmarkCdrs.write(file, msisdns, month, records, 7);
        long started = System.nanoTime();
        context.getBean(IngestCdrFile.class).ingest(file, "warm-up.csv", CdrSource.UPLOAD);
        System.out.printf(Locale.ROOT, "warm-up: %,d CDRs of %s in %.1f s (-Dbenchmark.warm-up-records=0 to measure a cold JVM)%n",
                records, month, seconds(started));
        Files.delete(file);
    }

    private static List<String> company(ConfigurableApplicationContext context, int count, YearMonth month) {
        Companies companies = context.getBean(Companies.class);
        Subscriptions subscriptions = context.getBean(Subscriptions.class);
        long started = System.nanoTime();
        Company company = companies.register(new RegisterCompany("923609016", "Benchmark AS", null, null, null, null));
        List<CustomerAccount> accounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accounts.add(companies.openCustomerAccount(company.id(), null, "Avdeling " + (i + 1)));
        }
        String[] plans = {"FRI_1", "FRI_5", "FRI_5", "FRI_20", "BASIS", "FRI_5", "FRI_20", "FRI_1", "MBB_50", "FRI_5"};
        List<String> msisdns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String msisdn = "+479" + String.format("%07d", i);
            String plan = plans[i % plans.length];
            if ("MBB_50".equals(plan)) {
                plan = "FRI_20"; // the synthetic feed has calls for every line
            }
            subscriptions.activate(new ActivateSubscription(company.id(), msisdn, plan, accounts.get(i % 5).id(), null,
                    month.atDay(1).minusYears(1), i % 10 == 3, i % 10 == 7 ? "EXTRA_1" : null));
            msisdns.add(msisdn);
        }
        System.out.printf(Locale.ROOT, "company with %,d subscriptions in %.1f s%n", count, seconds(started));
        return msisdns;
    }

    /**
     * Exports the rated rows once, then times loading exactly those rows into a table with no index:
     * in text, COPY's default, and in binary, the format the ingest loads events in. Each three
     * times after a checkpoint (so the writes of what came before do not count), the median kept.
     */
    private static BareCopy bareCopy(DataSource dataSource, long fileId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String rows = "copy (select * from usage_event where cdr_file_id = " + fileId + ") to stdout";
            return new BareCopy(medianCopySeconds(connection, rows, "", copyOut(connection, rows)),
                    medianCopySeconds(connection, rows, " (format binary)", copyOut(connection, rows + " (format binary)")));
        }
    }

    private record BareCopy(double textSeconds, double binarySeconds) {
    }

    private static byte[] copyOut(Connection connection, String sql) throws Exception {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, rows);
        return rows.toByteArray();
    }

    private static double medianCopySeconds(Connection connection, String rows, String format, byte[] data) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            connection.createStatement().execute("drop table if exists bare_copy");
            connection.createStatement().execute("create table bare_copy (like usage_event)");
            checkpoint(connection);
            long started = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bare_copy from stdin" + format,
                    new ByteArrayInputStream(data));
            seconds.add(seconds(started));
        }
        connection.createStatement().execute("drop table bare_copy");
        return seconds.stream().sorted().toList().get(1);
    }

    private static long walBytes(JdbcClient jdbc) {
        return jdbc.sql("select wal_bytes::bigint from pg_stat_wal").query(Long.class).single();
    }

    /**
     * Writes what earlier work left in memory to disk (the database's buffers, then the operating
     * system's, e.g. the build's jar), so that it does not slow what is timed next.
     */
    private static void checkpoint(Connection connection) throws Exception {
        connection.createStatement().execute("checkpoint");
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException noSync) {
            // not a Unix: the checkpoint has to do
        }
    }

    /** CPU time used so far by this JVM and by the PostgreSQL server's processes. */
    private record CpuTime(double javaSeconds, double postgresSeconds) {

        static CpuTime now() {
            double postgres = ProcessHandle.allProcesses()
                    .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                    .mapToDouble(process -> process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0))
                    .sum();
            double java = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
            return new CpuTime(java, postgres);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(javaSeconds - earlier.javaSeconds, postgresSeconds - earlier.postgresSeconds);
        }
    }

    private static double seconds(long startedNanos) {
        return BenchmarkPortal.seconds(startedNanos);
    }

    private UsageIngestBenchmark() {
    }
}
