package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;

/**
 * Exactly once under trouble: an ingest cut off mid-file leaves nothing behind and, taken again,
 * ends with the totals of an uninterrupted run; random files with random faults always add up.
 */
@PortalIntegrationTest
class CdrIngestRobustnessIntegrationTest {

    /** The files are of October 2026: the tests stand in November, whatever the day they run. */
    static final java.time.Instant NOVEMBER = java.time.Instant.parse("2026-11-20T14:00:00Z");

    @Autowired
    TestClock clock;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    CdrSpool spool;

    @Autowired
    CompanyMother mother;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void standInNovember() {
        clock.set(NOVEMBER);
    }

    @org.junit.jupiter.api.AfterEach
    void theSpoolGoesOn() throws Exception {
        CdrSpoolIntegrationTest.resume(spool, clock);
    }

    @Test
    void anIngestCutOffMidFileLeavesNothingAndIsTakenAgainWithTheSameTotals() throws Exception {
        TestCompany company = mother.company("Drift");
        List<Msisdn> lines = List.of(company.subscriber(0, "FRI_1"), company.subscriber(0, "BASIS"), company.subscriber(0, "FRI_20"));
        CdrFileBuilder builder = CdrFileBuilder.file();
        Instant start = Instant.parse("2026-10-01T06:00:00Z");
        for (int i = 0; i < 150_000; i++) {
            String msisdn = lines.get(i % 3).value();
            String at = start.plusSeconds(i * 15L).atOffset(java.time.ZoneOffset.ofHours(2)).toString();
            if (i % 2 == 0) {
                builder.data("d" + i, msisdn, at, i % 50 == 0 ? "US" : "NO", 1_000_000L + i);
            } else {
                builder.voice("v" + i, msisdn, at, "MO", "91234567", "NO", 30 + i % 300);
            }
        }
        Path spoolDir = Files.createTempDirectory("spool");
        Path file = builder.write(spoolDir, "big.csv");

        CompletableFuture<List<CdrFileSummary>> cutOff = CompletableFuture.supplyAsync(() -> {
            List<CdrFileSummary> summaries = spool.ingestWaiting(spoolDir, CdrSource.SPOOL);
            return summaries;
        });
        terminateTheIngestWhileItLoads();
        assertThat(cutOff.get()).as("nothing ingested by the cut-off round").isEmpty();
        assertThat(file).as("the file waits in the spool").exists();
        assertThat(count("select count(*) from cdr_file where name = 'big.csv'")).isZero();
        assertThat(count("select count(*) from usage_event where company_id = " + company.id())).isZero();
        assertThat(count("select count(*) from cdr_seen where cdr_id like '" + builder.id("") + "%'")).isZero();

        clock.advance(Duration.ofSeconds(5)); // the spool paused, and tries again after 5 s
        List<CdrFileSummary> retried = spool.ingestWaiting(spoolDir, CdrSource.SPOOL);

        assertThat(retried).singleElement().satisfies(summary -> {
            assertThat(summary.records()).isEqualTo(150_000);
            assertThat(summary.rated()).isEqualTo(150_000);
        });
        assertThat(count("select count(distinct cdr_id) from usage_event where company_id = " + company.id())).isEqualTo(150_000);
        BigDecimal expected = ratedInMemory(spoolDir.resolve("done/big.csv"), java.util.Map.of(lines.get(0).value(), "FRI_1", lines.get(1).value(), "BASIS",
                lines.get(2).value(), "FRI_20"));
        assertThat(jdbc.sql("select sum(amount) from usage_daily where company_id = :c").param("c", company.id())
                .query(BigDecimal.class).single()).isEqualByComparingTo(expected);
        assertThat(spoolDir.resolve("done/big.csv")).exists();
    }

    @Test
    void randomFilesWithRandomFaultsAlwaysAddUpAndEachRecordIsRatedOnce() throws Exception {
        TestCompany company = mother.company("Salg");
        List<Msisdn> lines = List.of(company.subscriber(0, "FRI_5"), company.subscriber(0, "BASIS"), company.subscriber(0, "MBB_50"));
        Random random = new Random(20261127);
        CdrFileBuilder ids = CdrFileBuilder.file();
        Set<String> ratable = new HashSet<>();
        int ratedOverall = 0;
        for (int fileNumber = 0; fileNumber < 12; fileNumber++) {
            CdrFileBuilder file = CdrFileBuilder.file();
            List<String> raw = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(150); i++) {
                String id = ids.id("r" + random.nextInt(600)); // ids repeat within and across files
                int line = random.nextInt(3);
                String msisdn = lines.get(line).value();
                String at = "2026-10-" + String.format("%02d", 1 + random.nextInt(28)) + "T1" + random.nextInt(10) + ":00:00+02:00";
                int fault = random.nextInt(10);
                String type = line == 2 ? "DATA" : (random.nextBoolean() ? "SMS" : "DATA");
                String record = switch (fault) {
                    case 0 -> id + ",12345," + type + "," + at + ",,,NO,,1000,,,,";                      // bad msisdn
                    case 1 -> id + "," + msisdn + ",FAX," + at + ",,,NO,,,,,,";                           // bad type
                    case 2 -> id + "," + msisdn + ",DATA,yesterday,,,NO,,1000,,,,";                      // bad time
                    case 3 -> id + "," + msisdn + ",DATA," + at + ",,,QQ,,1000,,,,";                     // unknown country
                    case 4 -> id + "," + CompanyMother.nextMsisdn().value() + ",SMS," + at + ",MO,91234567,NO,,,,,,"; // nobody
                    default -> "SMS".equals(type)
                            ? id + "," + msisdn + ",SMS," + at + ",MO,91234567,NO,,,,,,"
                            : id + "," + msisdn + ",DATA," + at + ",,,NO,," + (1 + random.nextInt(5_000_000)) + ",,,,";
                };
                if (fault >= 5) {
                    ratable.add(id);
                }
                raw.add(record);
            }
            raw.forEach(file::raw);
            CdrFileSummary summary = ingest.ingest(file.write(), "random-" + fileNumber + ".csv", CdrSource.UPLOAD);

            assertThat(summary.records()).as("file %d: every line counted", fileNumber).isEqualTo(raw.size());
            assertThat(summary.rated() + summary.duplicate() + summary.rejected()).as("file %d adds up", fileNumber)
                    .isEqualTo(summary.records());
            ratedOverall += summary.rated();
        }
        assertThat(ratedOverall).as("each good id rated exactly once").isEqualTo(ratable.size());
        assertThat(count("select count(distinct cdr_id) from usage_event where company_id = " + company.id()))
                .isEqualTo(ratable.size());
        assertRollupsAgreeWithTheEvents(company.id());
    }

    /**
     * The rollups, summed in Java chunk by chunk, against the same sums computed here in SQL from
     * the stored events: usage_daily from usage_event, and the dashboard's rollups from usage_daily.
     */
    private void assertRollupsAgreeWithTheEvents(long companyId) {
        String company = " where company_id = " + companyId + "\n";
        assertThat(count("""
                select (select count(*) from (select subscription_id, (start_time at time zone 'Europe/Oslo')::date, type, coalesce(direction, ''),
                            category, coalesce(data_bucket, ''), cost_group,
                            case when country <> 'NO' then country else coalesce(destination_country, 'NO') end, vat_rate,
                            count(*), sum(seconds), sum(bytes), sum(quantity), sum(amount)
                     from usage_event""" + company + " group by 1, 2, 3, 4, 5, 6, 7, 8, 9\n" + """
                     except
                     select subscription_id, day, type, direction, category, data_bucket, cost_group, country, vat_rate,
                            events, seconds, bytes, quantity, amount
                     from usage_daily""" + company + """
                    ) events)
                 + (select count(*) from (select d.customer_account_id, d.day, d.type, d.direction, d.category, d.data_bucket, d.cost_group, d.country,
                            d.events, d.seconds, d.bytes, d.quantity, d.amount
                     from usage_account_daily d""" + company.replace("company_id", "d.company_id") + """
                     except
                     select s.customer_account_id, d.day, d.type, d.direction, d.category, d.data_bucket, d.cost_group, d.country,
                            sum(d.events), sum(d.seconds), sum(d.bytes), sum(d.quantity), sum(d.amount)
                     from usage_daily d join subscription s using (company_id, subscription_id)""" + company.replace("company_id", "d.company_id") + """
                     group by 1, 2, 3, 4, 5, 6, 7, 8
                    ) account_days)
                 + (select count(*) from (select customer_account_id, month, type, direction, category, data_bucket, cost_group, country,
                            events, seconds, bytes, quantity, amount
                     from usage_account_monthly""" + company + """
                     except
                     select customer_account_id, date_trunc('month', day)::date, type, direction, category, data_bucket, cost_group,
                            country, sum(events), sum(seconds), sum(bytes), sum(quantity), sum(amount)
                     from usage_account_daily""" + company + """
                     group by 1, 2, 3, 4, 5, 6, 7, 8
                    ) account_months)
                 + (select count(*) from (select subscription_id, month, customer_account_id, voice_seconds, voice_seconds_received, messages,
                            messages_received, data_bytes, bytes_package, bytes_extra_package, bytes_outside_package, bytes_blocked,
                            amount, amount_outside_fixed, amount_abroad
                     from usage_subscription_monthly""" + company + """
                     except
                     select d.subscription_id, date_trunc('month', d.day)::date, s.customer_account_id,
                            coalesce(sum(d.seconds) filter (where d.type = 'VOICE' and d.direction = 'MO'), 0),
                            coalesce(sum(d.seconds) filter (where d.type = 'VOICE' and d.direction = 'MT'), 0),
                            coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS') and d.direction = 'MO'), 0),
                            coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS') and d.direction = 'MT'), 0),
                            sum(d.bytes), coalesce(sum(d.bytes) filter (where d.data_bucket = 'package'), 0),
                            coalesce(sum(d.bytes) filter (where d.data_bucket = 'extra_package'), 0),
                            coalesce(sum(d.bytes) filter (where d.data_bucket = 'outside_package'), 0),
                            coalesce(sum(d.bytes) filter (where d.data_bucket = 'blocked'), 0), sum(d.amount),
                            coalesce(sum(d.amount) filter (where d.category = 'outside_fixed_price'), 0),
                            coalesce(sum(d.amount) filter (where d.category = 'abroad'), 0)
                     from usage_daily d join subscription s using (company_id, subscription_id)""" + company.replace("company_id", "d.company_id") + """
                     group by 1, 2, 3
                    ) subscription_months)""")).as("rows where a rollup differs from the sums of the events").isZero();
        assertThat(count("select count(*) from usage_daily" + company)).as("rollup rows").isPositive();
    }

    @Test
    void aFileThatFailsForAnotherReasonThanItsContentStaysInTheSpool() throws Exception {
        Path spoolDir = Files.createTempDirectory("spool");
        Path unreadable = Files.createDirectories(spoolDir.resolve("not-a-file.csv"));

        assertThat(spool.ingestWaiting(spoolDir, CdrSource.SPOOL)).isEmpty();
        assertThat(unreadable).exists();
        assertThatThrownBy(() -> ingest.ingest(spoolDir.resolve("missing.csv"), "missing.csv", CdrSource.UPLOAD))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    /** Waits for the ingest's COPY to run, then ends its database session: what a killed JVM does to it. */
    private void terminateTheIngestWhileItLoads() throws InterruptedException {
        terminateTheIngestWhileItLoads(jdbc);
    }

    /** Waits for an ingest's COPY to run, then ends its database session: the database going away under it. */
    static void terminateTheIngestWhileItLoads(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Integer> loading = jdbc.sql("""
                    select pid from pg_stat_activity
                    where pid <> pg_backend_pid() and (query ilike 'copy cdr_seen%' or query ilike 'copy usage_event%')""")
                    .query(Integer.class).list();
            if (!loading.isEmpty()) {
                jdbc.sql("select pg_terminate_backend(:pid)").param("pid", loading.get(0)).query((rs, n) -> n).list();
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the ingest never started loading");
    }

    /** The same file rated in memory with the catalogue's numbers, no database: what the rollups must add up to. */
    private static BigDecimal ratedInMemory(Path file, java.util.Map<String, String> planOf) throws java.io.IOException {
        RateUsage rater = new RateUsage(TariffsMother.catalog());
        java.util.Map<String, DataAllowance> allowances = new java.util.HashMap<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        try (java.io.InputStream in = Files.newInputStream(file)) {
            new CdrParser(TariffsMother.catalog().knownCountries()).parse(in, line -> {
                ParsedCdr cdr = (ParsedCdr) line;
                DataAllowance allowance = allowances.computeIfAbsent(cdr.msisdn(),
                        msisdn -> DataAllowance.unused(UsageMonth.of(cdr.startTime())));
                RatingResult.Rated rated = (RatingResult.Rated) rater.rate(cdr,
                        new RatingTerms(1, planOf.get(cdr.msisdn()), false, null, null), allowance);
                rated.events().forEach(event -> total[0] = total[0].add(event.amount()));
            });
        }
        return total[0];
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
