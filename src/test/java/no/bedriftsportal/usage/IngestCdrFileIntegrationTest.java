package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscriptions;

/** U1–U3 on the real database: files in, rated events, rollups, allowances and the ledger out. */
@PortalIntegrationTest
class IngestCdrFileIntegrationTest {

    /** The files are of October 2026: the tests stand in November, whatever the day they run. */
    static final java.time.Instant NOVEMBER = java.time.Instant.parse("2026-11-20T14:00:00Z");

    @Autowired
    TestClock clock;

    private static final String OCTOBER = "2026-10-";

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    CdrSpool spool;

    @Autowired
    CompanyMother mother;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    BuyExtraPackage buyExtraPackage;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    Msisdn fri5;
    Msisdn basis;

    @BeforeEach
    void subscribers() {
        clock.set(NOVEMBER);
        company = mother.company("Salg");
        fri5 = company.subscriber(0, "FRI_5");
        basis = company.subscriber(0, "BASIS");
    }

    @Test
    void addsToDailyRollupsOfADayItFindsNoOtherRollupsFor() {
        // A day's usage_daily rows are copied straight in when usage_account_daily has none for the
        // company's day; a row written some other way is still added to, not duplicated.
        long subscriptionId = jdbc.sql("select subscription_id from subscription where company_id = :c and msisdn = :m")
                .param("c", company.id()).param("m", fri5.value()).query(Long.class).single();
        jdbc.sql("""
                insert into usage_daily values (:c, :s, :day, 'SMS', 'MO', 'fixed_price', '', 'TRAFFIC', 'NO', 25, 3, 0, 0, 3, 0)""")
                .param("c", company.id()).param("s", subscriptionId).param("day", LocalDate.of(2026, 10, 7)).update();

        ingest.ingest(CdrFileBuilder.file().sms("text", fri5.value(), OCTOBER + "07T10:00:00+02:00", "MO", "+4791234567", "NO")
                .write(), "seventh.csv", CdrSource.UPLOAD);

        assertThat(jdbc.sql("select events || '/' || quantity from usage_daily where company_id = :c and day = :day")
                .param("c", company.id()).param("day", LocalDate.of(2026, 10, 7)).query(String.class).list())
                .containsExactly("4/4");
    }

    @Test
    void anIdMarkedByAnIngestThatNeverCommittedIsNotSeen() {
        // cdr_seen is committed just before its file: an ingest that died between the two leaves
        // rows whose file is not in the ledger. They count for nothing and are taken over.
        CdrFileBuilder file = CdrFileBuilder.file()
                .sms("orphan", fri5.value(), OCTOBER + "08T10:00:00+02:00", "MO", "+4791234567", "NO")
                .sms("fresh", fri5.value(), OCTOBER + "08T10:01:00+02:00", "MO", "+4791234567", "NO");
        long neverCommitted = jdbc.sql("select coalesce(max(cdr_file_id), 0) + 1000 from cdr_file").query(Long.class).single();
        jdbc.sql("insert into cdr_seen values (:id, :file, 2)").param("id", file.id("orphan")).param("file", neverCommitted)
                .update();

        CdrFileSummary summary = ingest.ingest(file.write(), "after-a-crash.csv", CdrSource.UPLOAD);

        assertThat(summary.rated()).isEqualTo(2);
        assertThat(summary.duplicate()).isZero();
        assertThat(jdbc.sql("select cdr_file_id from cdr_seen where cdr_id = :id").param("id", file.id("orphan"))
                .query(Long.class).single()).isEqualTo(summary.id());

        // and now that its file is in the ledger, the id is seen
        CdrFileSummary again = ingest.ingest(CdrFileBuilder.file()
                .sms("other", fri5.value(), OCTOBER + "08T11:00:00+02:00", "MO", "+4791234567", "NO")
                .raw(String.join(",", file.id("orphan"), fri5.value(), "SMS", OCTOBER + "08T10:00:00+02:00", "MO", "+4791234567",
                        "NO", "", "", "", "", "", "")).write(), "redelivered.csv", CdrSource.UPLOAD);
        assertThat(again.rated()).isEqualTo(1);
        assertThat(again.duplicate()).isEqualTo(1);
    }

    @Test
    void anIdMarkedForAFileRefusedWholeIsNotSeen() {
        // #10.2: refused files have ledger entries too; a cdr_seen row counts only if its file is in the ledger as ingested
        CdrFileBuilder file = CdrFileBuilder.file()
                .sms("stray", fri5.value(), OCTOBER + "09T10:00:00+02:00", "MO", "+4791234567", "NO");
        long refused = jdbc.sql("""
                insert into cdr_file (sha256, name, source, received_at, processed_at, records, rated, duplicate, rejected,
                                      status, refused_reason)
                values (null, 'refused.csv', 'UPLOAD', now(), now(), 0, 0, 0, 0, 'REFUSED', 'the file is not a readable CSV')
                returning cdr_file_id""").query(Long.class).single();
        jdbc.sql("insert into cdr_seen values (:id, :file, 2)").param("id", file.id("stray")).param("file", refused).update();

        CdrFileSummary summary = ingest.ingest(file.write(), "after-a-refusal.csv", CdrSource.UPLOAD);

        assertThat(summary.rated()).isEqualTo(1);
        assertThat(summary.duplicate()).isZero();
        assertThat(jdbc.sql("select cdr_file_id from cdr_seen where cdr_id = :id").param("id", file.id("stray"))
                .query(Long.class).single()).isEqualTo(summary.id());
    }

    @Test
    void aFileRefusedWholeMayComeAgainAndBeIngested() throws Exception {
        CdrFileBuilder builder = CdrFileBuilder.file();
        for (int i = 0; i < 10; i++) {
            builder.sms("again" + i, fri5.value(), OCTOBER + "09T11:%02d:00+02:00".formatted(i), "MO", "91234567", "NO");
        }
        Path file = builder.write();

        assertThatThrownBy(() -> ingest.ingest(file, "too-many.csv", CdrSource.UPLOAD, limits(5)))
                .isInstanceOf(CdrFileRefused.class).hasMessage("the file has more than 5 records (portal.usage.ingest.max-records)");
        CdrFileSummary again = ingest.ingest(file, "too-many.csv", CdrSource.UPLOAD);

        assertThat(again.alreadyIngested()).isFalse();
        assertThat(again.status()).isEqualTo(CdrFileStatus.INGESTED);
        assertThat(again.rated()).isEqualTo(10);
        assertThat(jdbc.sql("select status || ':' || coalesce(refused_reason, '') from cdr_file where sha256 = :sha order by cdr_file_id")
                .param("sha", again.sha256()).query(String.class).list())
                .containsExactly("REFUSED:the file has more than 5 records (portal.usage.ingest.max-records)", "INGESTED:");
    }

    private static IngestLimits limits(int maxRecords) {
        IngestLimits defaults = IngestLimits.DEFAULT;
        return new IngestLimits(defaults.maxDecompressedBytes(), defaults.maxCompressionRatio(),
                defaults.compressionRatioCheckedAfter(), maxRecords, defaults.maxLineBytes(), defaults.rejectionsKept());
    }

    @Test
    void theIndexRangesAFileAddsAreSummarizedAfterItsCommit(@Autowired UsagePartitions partitions) {
        // a thousand records fill more pages than one range of the BRIN index has: at least one range is new
        CdrFileBuilder file = CdrFileBuilder.file();
        for (int i = 0; i < 1_000; i++) {
            file.sms("brin" + i, (i % 2 == 0 ? fri5 : basis).value(),
                    OCTOBER + "%02dT%02d:%02d:00+02:00".formatted(1 + i / 100, 8 + i % 100 / 60, i % 60), "MO", "91234567", "NO");
        }
        ingest.ingest(file.write(), "ranges.csv", CdrSource.UPLOAD);

        assertThat(partitions.summarizeNewRanges()).as("ranges left for vacuum to summarize").isZero();
        assertThat(jdbc.sql("select count(*) from usage_event where company_id = :c and cdr_id like :prefix")
                .param("c", company.id()).param("prefix", file.id("brin") + "%").query(Long.class).single()).isEqualTo(1_000);
    }

    @Test
    void storesEachSubscriptionsEventsTogetherInTimeOrder() {
        // records alternate between two numbers; within a chunk each subscription's events are
        // stored as one run (what lets the BRIN index find them), in the order they came
        CdrFileBuilder file = CdrFileBuilder.file();
        for (int i = 0; i < 30; i++) {
            file.sms("alt" + i, (i % 2 == 0 ? fri5 : basis).value(), OCTOBER + "16T10:%02d:00+02:00".formatted(i), "MO",
                    "91234567", "NO");
        }
        ingest.ingest(file.write(), "alternating.csv", CdrSource.UPLOAD);

        List<String> stored = jdbc.sql("""
                select e.subscription_id || ' ' || e.start_time from usage_event e
                where e.company_id = :c and e.cdr_id like :prefix order by e.ctid""")
                .param("c", company.id()).param("prefix", file.id("alt") + "%").query(String.class).list();
        assertThat(stored).hasSize(30);
        assertThat(stored.stream().map(row -> row.split(" ")[0]).distinct().toList()).as("one run per subscription").hasSize(2);
        assertThat(stored.subList(0, 15)).isSorted();
        assertThat(stored.subList(15, 30)).isSorted();
        assertThat(stored.stream().map(row -> row.split(" ")[0]).toList().subList(0, 15)).containsOnly(stored.get(0).split(" ")[0]);
    }

    @Test
    void ratesEachRecordAndRollsItUpByDay() {
        CdrFileBuilder file = CdrFileBuilder.file()
                .voice("call", basis.value(), OCTOBER + "03T08:15:00+02:00", "MO", "+4722334455", "NO", 125)
                .voice("directory", fri5.value(), OCTOBER + "03T09:00:00+02:00", "MO", "1881", "NO", 95)
                .content("parking", fri5.value(), OCTOBER + "04T12:00:00+02:00", "2020", "45.00", 25, "EasyPark")
                .data("sweden", fri5.value(), OCTOBER + "05T09:00:00+02:00", "SE", 52_428_800)
                .data("japan", fri5.value(), OCTOBER + "06T09:00:00+02:00", "JP", 52_428_800);

        CdrFileSummary summary = ingest.ingest(file.write(), "october.csv", CdrSource.UPLOAD);

        assertThat(summary.records()).isEqualTo(5);
        assertThat(summary.rated()).isEqualTo(5);
        assertThat(summary.duplicate() + summary.rejected()).isZero();
        // CATALOG.md worked to the øre: 0.49 × 125/60; 9.90 + 14.90 × 95/60; provider price; SE in the package; JP 9.90/MB
        assertThat(amountOf(file.id("call"))).isEqualByComparingTo("1.02");
        assertThat(amountOf(file.id("directory"))).isEqualByComparingTo("33.49");
        assertThat(amountOf(file.id("parking"))).isEqualByComparingTo("45.00");
        assertThat(amountOf(file.id("sweden"))).isEqualByComparingTo("0.00");
        assertThat(amountOf(file.id("japan"))).isEqualByComparingTo("519.05");
        assertThat(jdbc.sql("select category || '/' || coalesce(data_bucket, '-') from usage_event where cdr_id = :id")
                .param("id", file.id("sweden")).query(String.class).single()).isEqualTo("abroad/package");
        BigDecimal rolledUp = jdbc.sql("select sum(amount) from usage_daily where company_id = :c").param("c", company.id())
                .query(BigDecimal.class).single();
        assertThat(rolledUp).isEqualByComparingTo("598.56");
        assertThat(jdbc.sql("select country from usage_daily where company_id = :c and day = :d")
                .param("c", company.id()).param("d", LocalDate.of(2026, 10, 6)).query(String.class).list()).containsExactly("JP");
    }

    @Test
    void theSameFileAgainChangesNothing() {
        Path file = CdrFileBuilder.file()
                .sms("a", fri5.value(), OCTOBER + "10T10:00:00+02:00", "MO", "91234567", "NO")
                .sms("b", basis.value(), OCTOBER + "10T10:01:00+02:00", "MO", "91234567", "NO").write();

        CdrFileSummary first = ingest.ingest(file, "day.csv", CdrSource.UPLOAD);
        CdrFileSummary again = ingest.ingest(file, "day-again.csv", CdrSource.SPOOL);

        assertThat(again.alreadyIngested()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.rated()).isEqualTo(2);
        assertThat(eventsOf(company)).isEqualTo(2);
        assertThat(dailyEvents(company)).isEqualTo(2);
    }

    @Test
    void aRecordIsRatedOnceWhetherRepeatedInTheFileOrInALaterFile() {
        CdrFileBuilder first = CdrFileBuilder.file()
                .sms("x", fri5.value(), OCTOBER + "11T10:00:00+02:00", "MO", "91234567", "NO")
                .sms("x", fri5.value(), OCTOBER + "11T10:00:00+02:00", "MO", "91234567", "NO")
                .sms("y", fri5.value(), OCTOBER + "11T10:05:00+02:00", "MO", "91234567", "NO");
        CdrFileBuilder second = CdrFileBuilder.file()
                .raw(first.id("x") + "," + fri5.value() + ",SMS," + OCTOBER + "11T10:00:00+02:00,MO,91234567,NO,,,,,,")
                .sms("z", fri5.value(), OCTOBER + "11T10:09:00+02:00", "MO", "91234567", "NO");

        CdrFileSummary one = ingest.ingest(first.write(), "one.csv", CdrSource.UPLOAD);
        CdrFileSummary two = ingest.ingest(second.write(), "two.csv", CdrSource.UPLOAD);

        assertThat(List.of(one.records(), one.rated(), one.duplicate(), one.rejected())).containsExactly(3, 2, 1, 0);
        assertThat(List.of(two.records(), two.rated(), two.duplicate(), two.rejected())).containsExactly(2, 1, 1, 0);
        assertThat(eventsOf(company)).isEqualTo(3);
    }

    @Test
    void badRecordsAreRejectedWithLineAndReasonAndTheRestGoesThrough() {
        Msisdn broadband = company.subscriber(0, "MBB_50");
        CdrFileBuilder file = CdrFileBuilder.file()
                .sms("good", fri5.value(), OCTOBER + "12T10:00:00+02:00", "MO", "91234567", "NO")                        // line 2
                .sms("bad-number", "12345", OCTOBER + "12T10:00:00+02:00", "MO", "91234567", "NO")                       // 3
                .sms("nobody", CompanyMother.nextMsisdn().value(), OCTOBER + "12T10:00:00+02:00", "MO", "91234567", "NO") // 4
                .line("bad-type", fri5.value(), "FAX", OCTOBER + "12T10:00:00+02:00", "", "", "NO", "", "", "", "", "", "") // 5
                .line("no-duration", fri5.value(), "VOICE", OCTOBER + "12T10:00:00+02:00", "MO", "91234567", "NO", "", "", "", "",
                        "", "")                                                                                            // 6
                .voice("broadband-call", broadband.value(), OCTOBER + "12T10:00:00+02:00", "MO", "91234567", "NO", 60)   // 7
                .sms("no-offset", fri5.value(), "2026-10-12T10:00:00", "MO", "91234567", "NO")                           // 8
                .sms("before-activation", fri5.value(), "2020-10-12T10:00:00+02:00", "MO", "91234567", "NO")             // 9
                .raw("too,few,fields")                                                                                     // 10
                .data("good-data", fri5.value(), OCTOBER + "12T11:00:00+02:00", "NO", 1000);                             // 11

        CdrFileSummary summary = ingest.ingest(file.write(), "mixed.csv", CdrSource.UPLOAD);

        assertThat(summary.records()).isEqualTo(10);
        assertThat(summary.rated()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(8);
        assertThat(summary.records()).isEqualTo(summary.rated() + summary.duplicate() + summary.rejected());
        Map<Integer, String> reasons = new java.util.TreeMap<>();
        jdbc.sql("select line_number, reason from cdr_rejection where cdr_file_id = :f").param("f", summary.id())
                .query(rs -> {
                    reasons.put(rs.getInt(1), rs.getString(2));
                });
        assertThat(reasons).containsOnlyKeys(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(reasons.get(3)).contains("msisdn");
        assertThat(reasons.get(4)).contains("no subscription is active");
        assertThat(reasons.get(5)).contains("type");
        assertThat(reasons.get(6)).contains("duration_s");
        assertThat(reasons.get(7)).contains("MBB_50 has no calls or messages");
        assertThat(reasons.get(8)).contains("offset");
        assertThat(reasons.get(9)).contains("no subscription is active");
        assertThat(jdbc.sql("select raw_line from cdr_rejection where cdr_file_id = :f and line_number = 4")
                .param("f", summary.id()).query(String.class).single()).contains(file.id("nobody"), "SMS");
    }

    @Test
    void aRefusedRecordDeliveredAgainCorrectedIsRated() {
        CdrFileBuilder refused = CdrFileBuilder.file()
                .sms("late", fri5.value(), "2020-10-12T10:00:00+02:00", "MO", "91234567", "NO");
        ingest.ingest(refused.write(), "refused.csv", CdrSource.UPLOAD);

        CdrFileSummary corrected = ingest.ingest(CdrFileBuilder.file()
                .raw(refused.id("late") + "," + fri5.value() + ",SMS," + OCTOBER + "12T10:00:00+02:00,MO,91234567,NO,,,,,,")
                .write(), "corrected.csv", CdrSource.UPLOAD);

        assertThat(corrected.rated()).isEqualTo(1);
    }

    @Test
    void aRecordRefusedAndCorrectedLaterInTheSameFileIsRatedOnce() {
        String corrected = String.join(",", "%s", fri5.value(), "SMS", OCTOBER + "12T11:00:00+02:00", "MO", "91234567", "NO",
                "", "", "", "", "", "");
        CdrFileBuilder file = CdrFileBuilder.file()
                .sms("fixed", fri5.value(), "2020-10-12T11:00:00+02:00", "MO", "91234567", "NO") // no subscription then
                .sms("kept", fri5.value(), OCTOBER + "12T11:01:00+02:00", "MO", "91234567", "NO");
        file.raw(corrected.formatted(file.id("fixed"))).raw(corrected.formatted(file.id("fixed")));

        CdrFileSummary summary = ingest.ingest(file.write(), "fixed-in-file.csv", CdrSource.UPLOAD);

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rated()).isEqualTo(2);
        assertThat(summary.duplicate()).isEqualTo(1);
        assertThat(jdbc.sql("select line_number from cdr_seen where cdr_id = :id").param("id", file.id("fixed"))
                .query(Integer.class).single()).as("marked seen by the line that was rated").isEqualTo(4);
        CdrFileSummary again = ingest.ingest(CdrFileBuilder.file().raw(corrected.formatted(file.id("fixed"))).write(),
                "fixed-again.csv", CdrSource.UPLOAD);
        assertThat(again.duplicate()).isEqualTo(1);
    }

    @Test
    void refusedIdsAreRememberedAcrossBatchesWithoutKeepingThemInMemory() {
        // batches of 40 in the tests: an id refused in the first batch comes back in the next (still in memory),
        // and after three batches (by then only in the seen lane's table)
        String nobody = CompanyMother.nextMsisdn().value();
        CdrFileBuilder file = CdrFileBuilder.file();
        java.util.Map<Integer, String> special = java.util.Map.of(
                2, "X nobody", 3, "Y nobody", 4, "Z nobody", 50, "Z", 60, "Z", 200, "X", 210, "X", 250, "Y nobody", 300, "X");
        for (int line = 2; line <= 400; line++) {
            String at = OCTOBER + "17T%02d:%02d:%02d+02:00".formatted(line / 3600, line / 60 % 60, line % 60);
            String what = special.getOrDefault(line, "filler" + line);
            file.sms(what.split(" ")[0], what.endsWith("nobody") ? nobody : fri5.value(), at, "MO", "91234567", "NO");
        }

        CdrFileSummary summary = ingest.ingest(file.write(), "refused-across-batches.csv", CdrSource.UPLOAD);

        assertThat(List.of(summary.records(), summary.rated(), summary.duplicate(), summary.rejected()))
                .containsExactly(399, 392, 3, 4);
        assertThat(jdbc.sql("select line_number from cdr_rejection where cdr_file_id = :f order by 1").param("f", summary.id())
                .query(Integer.class).list()).containsExactly(2, 3, 4, 250);
        assertThat(jdbc.sql("select cdr_id || ':' || line_number from cdr_seen where cdr_id in (:ids) order by 1")
                .param("ids", List.of(file.id("X"), file.id("Y"), file.id("Z"))).query(String.class).list())
                .containsExactly(file.id("X") + ":200", file.id("Z") + ":50");
        CdrFileSummary later = ingest.ingest(CdrFileBuilder.file()
                .raw(String.join(",", file.id("X"), fri5.value(), "SMS", OCTOBER + "18T10:00:00+02:00", "MO", "91234567", "NO",
                        "", "", "", "", "", ""))
                .raw(String.join(",", file.id("Y"), fri5.value(), "SMS", OCTOBER + "18T10:01:00+02:00", "MO", "91234567", "NO",
                        "", "", "", "", "", ""))
                .raw(String.join(",", file.id("Z"), fri5.value(), "SMS", OCTOBER + "18T10:02:00+02:00", "MO", "91234567", "NO",
                        "", "", "", "", "", ""))
                .write(), "later.csv", CdrSource.UPLOAD);
        assertThat(List.of(later.rated(), later.duplicate())).containsExactly(1, 2);
    }

    @Test
    void gzipFilesAreRead() throws Exception {
        Path file = CdrFileBuilder.file()
                .sms("g1", fri5.value(), OCTOBER + "13T10:00:00+02:00", "MO", "91234567", "NO")
                .sms("g2", fri5.value(), OCTOBER + "13T10:00:01+02:00", "MT", "91234567", "NO")
                .write(Files.createTempDirectory("cdr"), "day.csv.gz");

        CdrFileSummary summary = ingest.ingest(file, "day.csv.gz", CdrSource.UPLOAD);

        assertThat(summary.rated()).isEqualTo(2);
    }

    @Test
    void aGzipFileCutOffHalfWayLeavesNothingBehindAndIsTakenWholeLater() throws Exception {
        CdrFileBuilder builder = CdrFileBuilder.file();
        for (int i = 0; i < 400; i++) {
            builder.sms("cut" + i, fri5.value(), OCTOBER + "15T10:%02d:%02d+02:00".formatted(i / 60, i % 60), "MO",
                    "9" + (1234567 + i * 7919), "NO");
        }
        Path whole = builder.write(Files.createTempDirectory("cdr"), "whole.csv.gz");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(whole.resolveSibling("cut.csv.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        // several batches were marked seen and loaded by the time the end of the data was missed
        assertThatThrownBy(() -> ingest.ingest(cut, "cut.csv.gz", CdrSource.UPLOAD))
                .isInstanceOf(CdrFileRefused.class).hasMessageContaining("not a readable");
        assertThat(jdbc.sql("select count(*) from cdr_seen where cdr_id like :prefix").param("prefix", builder.id("cut") + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from usage_event where company_id = :c").param("c", company.id())
                .query(Long.class).single()).isZero();

        assertThat(ingest.ingest(whole, "whole.csv.gz", CdrSource.UPLOAD).rated()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from cdr_seen where cdr_id like :prefix").param("prefix", builder.id("cut") + "%")
                .query(Long.class).single()).isEqualTo(400);
    }

    @Test
    void theSpoolMovesFilesToDoneOrFailed() throws Exception {
        Path spoolDir = Files.createTempDirectory("spool");
        CdrFileBuilder.file().sms("s1", fri5.value(), OCTOBER + "14T10:00:00+02:00", "MO", "91234567", "NO")
                .write(spoolDir, "a-first.csv");
        Files.write(spoolDir.resolve("b-broken.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        Files.writeString(spoolDir.resolve("c-still-writing.csv.part"), "cdr_id");

        List<CdrFileSummary> ingested = spool.ingestWaiting(spoolDir, CdrSource.SPOOL);

        assertThat(ingested).extracting(CdrFileSummary::name).containsExactly("a-first.csv");
        assertThat(spoolDir.resolve("done/a-first.csv")).exists();
        assertThat(spoolDir.resolve("failed/b-broken.csv.gz")).exists();
        assertThat(Files.readString(spoolDir.resolve("failed/b-broken.csv.gz.error.txt"))).contains("not a readable");
        assertThat(spoolDir.resolve("c-still-writing.csv.part")).exists();
    }

    @Test
    void dataConsumesThePackageThenTheExtraPackageThenIsBlocked() {
        Msisdn controlled = company.subscriber(0, "FRI_1");
        subscriptions.setDataControl(controlled.value(), true, LocalDate.of(2026, 10, 1));
        long gb = 1_000_000_000L;

        CdrFileSummary first = ingest.ingest(CdrFileBuilder.file()
                .data("d1", controlled.value(), OCTOBER + "02T10:00:00+02:00", "NO", 600_000_000)
                .data("d2", controlled.value(), OCTOBER + "03T10:00:00+02:00", "NO", 600_000_000)    // crosses the 1 GB end
                .data("d3", controlled.value(), OCTOBER + "04T10:00:00+02:00", "NO", 100_000_000)
                .write(), "data-1.csv", CdrSource.UPLOAD);
        buyExtraPackage.buy(controlled.value(), "EXTRA_1", Payer.SALARY, java.time.Instant.parse("2026-10-05T08:00:00Z"), "OPERATOR");
        ingest.ingest(CdrFileBuilder.file()
                .data("d4", controlled.value(), OCTOBER + "06T10:00:00+02:00", "NO", 300_000_000)
                .write(), "data-2.csv", CdrSource.UPLOAD);

        assertThat(first.rated()).isEqualTo(3);
        assertThat(buckets(controlled)).containsExactly("package:600000000", "package:400000000", "blocked:200000000",
                "blocked:100000000", "extra_package:300000000");
        assertThat(jdbc.sql("select count(*) from data_block d join subscription s using (company_id, subscription_id) "
                + "where s.msisdn = :m").param("m", controlled.value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(outbox.latest(50)).as("October is history by the clock: no SMS (DatakontrollSmsIntegrationTest)")
                .noneSatisfy(sms -> assertThat(sms.to()).isEqualTo(controlled.value()));
        assertThat(jdbc.sql("select used_bytes from extra_package_purchase p join subscription s using (company_id, subscription_id) "
                + "where s.msisdn = :m").param("m", controlled.value()).query(Long.class).single()).isEqualTo(300_000_000L);
        assertThat(gb).isPositive();
    }

    @Test
    void anAutomaticExtraPackageIsBoughtWhenTheDataRunsOut() {
        Msisdn automatic = company.subscriber(0, "FRI_1");
        subscriptions.setAutoExtraPackage(automatic.value(), "EXTRA_1", LocalDate.of(2026, 10, 1));

        ingest.ingest(CdrFileBuilder.file()
                .data("a1", automatic.value(), OCTOBER + "02T10:00:00+02:00", "NO", 1_500_000_000L)
                .write(), "auto.csv", CdrSource.UPLOAD);

        assertThat(buckets(automatic)).containsExactly("package:1000000000", "extra_package:500000000");
        assertThat(jdbc.sql("""
                select source || ':' || code || ':' || price || ':' || used_bytes from extra_package_purchase p
                join subscription s using (company_id, subscription_id) where s.msisdn = :m""")
                .param("m", automatic.value()).query(String.class).single()).isEqualTo("AUTOMATIC:EXTRA_1:79.00:500000000");
    }

    @Test
    void eventsOlderThanTheRetentionAreRolledUpButNotKept() {
        CdrFileSummary summary = ingest.ingest(CdrFileBuilder.file()
                .sms("old", fri5.value(), "2026-01-15T10:00:00+01:00", "MO", "91234567", "NO")
                .write(), "old.csv", CdrSource.UPLOAD);

        assertThat(summary.rated()).isEqualTo(1);
        assertThat(eventsOf(company)).isZero();
        assertThat(dailyEvents(company)).isEqualTo(1);
    }

    private BigDecimal amountOf(String cdrId) {
        return jdbc.sql("select sum(amount) from usage_event where cdr_id = :id").param("id", cdrId).query(BigDecimal.class).single();
    }

    private List<String> buckets(Msisdn msisdn) {
        return jdbc.sql("""
                select e.data_bucket || ':' || e.bytes from usage_event e join subscription s using (company_id, subscription_id)
                where s.msisdn = :m order by e.start_time, e.piece""")
                .param("m", msisdn.value()).query(String.class).list();
    }

    private int eventsOf(TestCompany company) {
        return jdbc.sql("select count(*) from usage_event where company_id = :c").param("c", company.id())
                .query(Integer.class).single();
    }

    private long dailyEvents(TestCompany company) {
        return jdbc.sql("select coalesce(sum(events), 0) from usage_daily where company_id = :c").param("c", company.id())
                .query(Long.class).single();
    }
}
