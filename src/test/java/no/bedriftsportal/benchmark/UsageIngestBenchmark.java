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
 * ratio. Run with {@code mvn -Pbenchmark-usage verify} (or {@code -Dbenchmark.records=…}).
 */
public final class UsageIngestBenchmark {

    public static void main(String[] args) throws Exception {
        int subscriptionCount = Integer.getInteger("benchmark.subscriptions", 2_000);
        int records = Integer.getInteger("benchmark.records", 2_000_000);
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

            long ingesting = System.nanoTime();
            CdrFileSummary summary = context.getBean(IngestCdrFile.class).ingest(file, "benchmark.csv", CdrSource.UPLOAD);
            double ingestSeconds = seconds(ingesting);
            long events = jdbc.sql("select count(*) from usage_event where cdr_file_id = :id").param("id", summary.id())
                    .query(Long.class).single();

            double copySeconds = bareCopy(context.getBean(DataSource.class), summary.id());
            System.out.println();
            System.out.printf(Locale.ROOT, "end to end: %,d CDRs (%,d rated, %,d duplicate, %,d rejected) -> %,d events in %.2f s = %,.0f CDRs/s%n",
                    summary.records(), summary.rated(), summary.duplicate(), summary.rejected(), events, ingestSeconds,
                    summary.records() / ingestSeconds);
            System.out.printf(Locale.ROOT, "bare COPY of the same %,d rated rows into an unindexed table: %.2f s = %,.0f rows/s%n",
                    events, copySeconds, events / copySeconds);
            System.out.printf(Locale.ROOT, "ratio end-to-end / bare COPY: %.2f (goal: >= 100,000 CDRs/s, ratio <= 2.5)%n",
                    ingestSeconds / copySeconds);
            Files.delete(file);
        }
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

    /** Exports the rated rows once, then times loading exactly those rows into a table with no index. */
    private static double bareCopy(DataSource dataSource, long fileId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            pg.getCopyAPI().copyOut("copy (select * from usage_event where cdr_file_id = " + fileId + ") to stdout", rows);
            if (System.getProperty("benchmark.dump") != null) {
                Files.write(Path.of(System.getProperty("benchmark.dump")), rows.toByteArray());
            }
            connection.createStatement().execute("drop table if exists bare_copy");
            connection.createStatement().execute("create table bare_copy (like usage_event)");
            long started = System.nanoTime();
            pg.getCopyAPI().copyIn("copy bare_copy from stdin", new ByteArrayInputStream(rows.toByteArray()));
            double elapsed = seconds(started);
            connection.createStatement().execute("drop table bare_copy");
            return elapsed;
        }
    }

    private static double seconds(long startedNanos) {
        return BenchmarkPortal.seconds(startedNanos);
    }

    private UsageIngestBenchmark() {
    }
}
