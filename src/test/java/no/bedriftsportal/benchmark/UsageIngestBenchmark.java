package no.bedriftsportal.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
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
 * verify} (or {@code -Dbenchmark.records=…}). It measures {@code -Dbenchmark.runs} months (3), a
 * fresh file each, and prints each run and the medians: on a shared 2-core machine one run can
 * be a third slower than the next. Files of the months before are ingested first, untimed, so
 * the JIT compiler has done its work ({@code -Dbenchmark.warm-up-records=…}).
 */
public final class UsageIngestBenchmark {

    public static void main(String[] args) throws Exception {
        int subscriptionCount = Integer.getInteger("benchmark.subscriptions", 2_000);
        int records = Integer.getInteger("benchmark.records", 2_000_000);
        int warmUpRecords = Integer.getInteger("benchmark.warm-up-records", records);
        int runs = Integer.getInteger("benchmark.runs", 3);
        // X2 (#18.2): the alert rules are evaluated as each file commits; "both" measures runs with every rule off, then
        // as many with every rule on, and prints both and their ratio (goal: on <= 1.10 x off)
        String alerts = System.getProperty("benchmark.alerts", "both");
        List<Boolean> phases = switch (alerts) {
            case "off" -> List.of(false);
            case "on" -> List.of(true);
            default -> List.of(false, true);
        };
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("usage")) {
            YearMonth lastMonth = YearMonth.from(Oslo.today(context.getBean(Clock.class))).minusMonths(1);
            YearMonth firstMeasured = lastMonth.minusMonths((long) runs * phases.size() - 1L);
            List<String> msisdns = company(context, subscriptionCount, firstMeasured.minusYears(2));
            long companyId = context.getBean(JdbcClient.class).sql("select company_id from company where org_number = '923609016'")
                    .query(Long.class).single();
            BenchmarkAlerts.switchAll(context, companyId, false);
            warmUp(context, msisdns, firstMeasured.minusMonths(1), warmUpRecords);

            // the phases alternate month by month (off, on, off, on …), so that neither gets the emptier database
            java.util.Map<Boolean, List<Run>> measured = new java.util.LinkedHashMap<>();
            phases.forEach(phase -> measured.put(phase, new ArrayList<>()));
            int month = 0;
            for (int run = 0; run < runs; run++) {
                for (boolean alertsOn : phases) {
                    BenchmarkAlerts.switchAll(context, companyId, alertsOn);
                    measured.get(alertsOn).add(measure(context, msisdns, firstMeasured.plusMonths(month), records, 42 + month));
                    month++;
                }
            }
            List<Double> medians = new ArrayList<>();
            for (boolean alertsOn : phases) {
                List<Run> phaseRuns = measured.get(alertsOn);
                System.out.println();
                System.out.println("alert rules " + (alertsOn ? "ON (every rule of the company enabled, e-mail and SMS)"
                        : "OFF (every rule of the company disabled)") + ":");
                phaseRuns.forEach(run -> System.out.println(run.describe()));
                List<Run> byTime = phaseRuns.stream().sorted(Comparator.comparingDouble(Run::ingestSeconds)).toList();
                Run median = byTime.get(byTime.size() / 2);
                medians.add(median.ingestSeconds());
                System.out.printf(Locale.ROOT, "%nmedian of %d runs with alert rules %s: %.2f s, %,.0f CDRs/s end to end; "
                        + "ratio end to end / bare COPY %.2f against text, %.2f against binary (goal: >= 100,000 CDRs/s, "
                        + "ratio <= 2.5); %d alerts recorded so far%n", runs, alertsOn ? "on" : "off", median.ingestSeconds(),
                        median.summary().records() / median.ingestSeconds(), median(phaseRuns, Run::textRatio),
                        median(phaseRuns, Run::binaryRatio), BenchmarkAlerts.count(context, companyId));
            }
            if (medians.size() == 2) {
                System.out.printf(Locale.ROOT, "%nalert rules (X2): ingest median %.2f s with every rule off, %.2f s with every "
                        + "rule on: ratio on / off %.3f (goal: <= 1.10)%n", medians.get(0), medians.get(1),
                        medians.get(1) / medians.get(0));
            }
        }
    }

    /** Generates a month's file, ingests it (timed), then times a bare COPY of the rows it stored. */
    private static Run measure(ConfigurableApplicationContext context, List<String> msisdns, YearMonth month, int records,
            long seed) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        DataSource dataSource = context.getBean(DataSource.class);
        Path file = Files.createTempFile("benchmark-cdrs", ".csv");
        long generating = System.nanoTime();
        BenchmarkCdrs.write(file, msisdns, month, month, records, seed);
        System.out.printf(Locale.ROOT, "generated %,d CDRs of %s (%,d MB) in %.1f s%n", records, month, Files.size(file) >> 20,
                seconds(generating));
        try (Connection connection = dataSource.getConnection()) {
            checkpoint(connection);
        }
        CpuTime cpuBefore = CpuTime.now();
        long walBefore = walBytes(jdbc);
        long ingesting = System.nanoTime();
        CdrFileSummary summary = context.getBean(IngestCdrFile.class).ingest(file, "benchmark-" + month + ".csv", CdrSource.UPLOAD);
        double ingestSeconds = seconds(ingesting);
        CpuTime cpu = CpuTime.now().minus(cpuBefore);
        long walWritten = walBytes(jdbc) - walBefore;
        Files.delete(file);
        long events = jdbc.sql("select count(*) from usage_event where cdr_file_id = :id").param("id", summary.id())
                .query(Long.class).single();
        return new Run(month, summary, events, ingestSeconds, cpu, walWritten, bareCopy(dataSource, summary.id()));
    }

    /** One measured month: the ingest, what it cost, and the bare COPY of its rows. */
    private record Run(YearMonth month, CdrFileSummary summary, long events, double ingestSeconds, CpuTime cpu, long walBytes,
            BareCopy bare) {

        double textRatio() {
            return ingestSeconds / bare.textSeconds();
        }

        double binaryRatio() {
            return ingestSeconds / bare.binarySeconds();
        }

        String describe() {
            return String.format(Locale.ROOT, """
                    %s: %,d CDRs (%,d rated, %,d duplicate, %,d rejected) -> %,d events
                      end to end %.2f s = %,.0f CDRs/s
                      bare COPY of the same rows into an unindexed table: text %.2f s = %,.0f rows/s, binary %.2f s = %,.0f rows/s
                      ratio end to end / bare COPY: %.2f against text, %.2f against binary
                      CPU: Java %.2f s (the ingesting thread %.2f s, GC pauses %.2f s), PostgreSQL %.2f s (of %.2f s on 2 cores); WAL %,d MB""",
                    month, summary.records(), summary.rated(), summary.duplicate(), summary.rejected(), events, ingestSeconds,
                    summary.records() / ingestSeconds, bare.textSeconds(), events / bare.textSeconds(), bare.binarySeconds(),
                    events / bare.binarySeconds(), textRatio(), binaryRatio(), cpu.javaSeconds(), cpu.ingestingThreadSeconds(),
                    cpu.gcPauseSeconds(), cpu.postgresSeconds(), 2 * ingestSeconds, walBytes >> 20);
        }
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /**
     * A server rates files all day: before the measured months it has taken a file of the month
     * before them and one spread over the year before that, so that the measured files meet
     * compiled code (for clock changes and the 31st too), as they would in production, rather
     * than the JIT compiler at work.
     */
    private static void warmUp(ConfigurableApplicationContext context, List<String> msisdns, YearMonth month, int records)
            throws Exception {
        if (records <= 0) {
            return;
        }
        long started = System.nanoTime();
        IngestCdrFile ingest = context.getBean(IngestCdrFile.class);
        Path file = Files.createTempFile("benchmark-warm-up", ".csv");
        BenchmarkCdrs.write(file, msisdns, month.minusYears(1), month.minusMonths(1), records / 4, 6);
        ingest.ingest(file, "warm-up-year.csv", CdrSource.UPLOAD);
        BenchmarkCdrs.write(file, msisdns, month, month, records, 7);
        ingest.ingest(file, "warm-up.csv", CdrSource.UPLOAD);
        Files.delete(file);
        System.out.printf(Locale.ROOT, "warm-up: %,d CDRs over the year before %s and %,d of that month, in %.1f s "
                + "(-Dbenchmark.warm-up-records=0 to measure a cold JVM)%n", records / 4, month, records, seconds(started));
    }

    /** The benchmark's company: its subscriptions active since {@code since}. */
    static List<String> company(ConfigurableApplicationContext context, int count, YearMonth since) {
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
                    since.atDay(1), i % 10 == 3, i % 10 == 7 ? "EXTRA_1" : null));
            msisdns.add(msisdn);
        }
        System.out.printf(Locale.ROOT, "company with %,d subscriptions in %.1f s%n", count, seconds(started));
        return msisdns;
    }

    /**
     * Exports the rated rows once, then times loading exactly those rows into a table with no index:
     * in text, COPY's default, and in binary, the format the ingest loads events in, each after a
     * checkpoint (so the writes of what came before do not count).
     */
    private static BareCopy bareCopy(DataSource dataSource, long fileId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String rows = "copy (select * from usage_event where cdr_file_id = " + fileId + ") to stdout";
            return new BareCopy(copySeconds(connection, "", copyOut(connection, rows)),
                    copySeconds(connection, " (format binary)", copyOut(connection, rows + " (format binary)")));
        }
    }

    private record BareCopy(double textSeconds, double binarySeconds) {
    }

    private static byte[] copyOut(Connection connection, String sql) throws Exception {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, rows);
        return rows.toByteArray();
    }

    private static double copySeconds(Connection connection, String format, byte[] data) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table bare_copy (like usage_event)");
            checkpoint(connection);
            long started = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bare_copy from stdin" + format,
                    new ByteArrayInputStream(data));
            double seconds = seconds(started);
            statement.execute("drop table bare_copy");
            return seconds;
        }
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
    private record CpuTime(double javaSeconds, double ingestingThreadSeconds, double gcPauseSeconds, double postgresSeconds) {

        static CpuTime now() {
            double postgres = ProcessHandle.allProcesses()
                    .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                    .mapToDouble(process -> process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0))
                    .sum();
            double java = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
            double thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
            double gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() / 1e3;
            return new CpuTime(java, thread, gc, postgres);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(javaSeconds - earlier.javaSeconds, ingestingThreadSeconds - earlier.ingestingThreadSeconds,
                    gcPauseSeconds - earlier.gcPauseSeconds, postgresSeconds - earlier.postgresSeconds);
        }
    }

    private static double seconds(long startedNanos) {
        return BenchmarkPortal.seconds(startedNanos);
    }

    private UsageIngestBenchmark() {
    }
}
