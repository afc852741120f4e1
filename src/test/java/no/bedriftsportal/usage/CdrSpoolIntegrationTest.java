package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;

/**
 * Issue #10.2: the spool never stalls. A file that fails for a reason of its own goes to failed/
 * with why and a ledger entry, and the next is taken at once; only the database being away
 * pauses it, which health shows, and it goes on by itself; a stop gives way mid-file.
 */
@PortalIntegrationTest
class CdrSpoolIntegrationTest {

    static final Instant NOVEMBER = Instant.parse("2026-11-20T14:00:00Z");

    @Autowired
    TestClock clock;

    @Autowired
    CdrSpool spool;

    @Autowired
    IngestGate gate;

    @Autowired
    CompanyMother mother;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Msisdn msisdn;

    @BeforeEach
    void standInNovember() {
        clock.set(NOVEMBER);
        msisdn = mother.company().subscriber(0, "FRI_5");
    }

    @AfterEach
    void theSpoolGoesOn() throws Exception {
        resume(spool, clock);
    }

    /**
     * Lets the spool go on after a test that paused it, whatever happened in that test: a round
     * after the longest wait finds the database answering. (The spool is one for the tests sharing
     * the application, and waits by their clock.)
     */
    static void resume(CdrSpool spool, TestClock clock) throws java.io.IOException {
        clock.advance(Duration.ofMinutes(10));
        spool.ingestWaiting(Files.createTempDirectory("empty-spool"), CdrSource.SPOOL);
        assertThat(spool.status().pause().pausedSince()).as("the spool goes on").isNull();
    }

    @Test
    void aPoisonFileGoesToFailedWithItsReasonAndALedgerEntryAndTheNextFileIsTakenAtOnce() throws Exception {
        Path spoolDir = Files.createTempDirectory("spool");
        CdrFileBuilder.file().sms("a", msisdn.value(), "2026-10-14T10:00:00+02:00", "MO", "91234567", "NO")
                .write(spoolDir, "a-good.csv");
        Path whole = CdrFileBuilder.file().sms("b", msisdn.value(), "2026-10-14T10:01:00+02:00", "MO", "91234567", "NO")
                .write(Files.createTempDirectory("cdr"), "b.csv.gz");
        byte[] gzip = Files.readAllBytes(whole);
        Files.write(spoolDir.resolve("b-cut.csv.gz"), Arrays.copyOf(gzip, gzip.length - 12));
        // content records whose sums do not fit numeric(14,2): the load fails in the database, for this file alone
        CdrFileBuilder.file().content("c1", msisdn.value(), "2026-10-14T11:00:00+02:00", "2020", "999999999999.00", 25, "X")
                .content("c2", msisdn.value(), "2026-10-14T11:01:00+02:00", "2020", "999999999999.00", 25, "X")
                .write(spoolDir, "c-overflow.csv");
        CdrFileBuilder.file().sms("d", msisdn.value(), "2026-10-14T10:02:00+02:00", "MO", "91234567", "NO")
                .write(spoolDir, "d-good.csv");

        List<CdrFileSummary> ingested = spool.ingestWaiting(spoolDir, CdrSource.SPOOL);

        assertThat(ingested).extracting(CdrFileSummary::name).containsExactly("a-good.csv", "d-good.csv");
        assertThat(spoolDir.resolve("done/a-good.csv")).exists();
        assertThat(spoolDir.resolve("done/d-good.csv")).exists();
        assertThat(Files.readString(spoolDir.resolve("failed/b-cut.csv.gz.error.txt")))
                .startsWith("refused: the file is not a readable CSV or gzip file").contains("(ledger entry ");
        assertThat(Files.readString(spoolDir.resolve("failed/c-overflow.csv.error.txt")))
                .startsWith("refused: the ingest failed: ").contains("numeric field overflow");
        assertThat(spoolDir.resolve("failed/b-cut.csv.gz")).exists();

        OperatorApiClient operator = new OperatorApiClient(port);
        OperatorApiClient.Response ledger = operator.get("/api/operator/cdr-files?limit=10");
        List<String> refused = ledger.json("$[?(@.status == 'REFUSED')].name");
        assertThat(refused).contains("b-cut.csv.gz", "c-overflow.csv");
        Number cut = ledger.<List<Number>>json("$[?(@.name == 'b-cut.csv.gz')].id").get(0);
        OperatorApiClient.Response detail = operator.get("/api/operator/cdr-files/" + cut.longValue());
        assertThat(detail.<String>json("$.file.status")).isEqualTo("REFUSED");
        assertThat(detail.<String>json("$.file.refusedReason")).contains("Unexpected end of ZLIB input stream");
        assertThat(detail.<Integer>json("$.file.records")).isZero();
    }

    @Test
    void aDatabaseOutagePausesTheSpoolWhichHealthShowsAndItGoesOnByItself() throws Exception {
        Path spoolDir = Files.createTempDirectory("spool");
        CdrFileBuilder builder = CdrFileBuilder.file();
        Instant start = Instant.parse("2026-10-01T06:00:00Z");
        for (int i = 0; i < 150_000; i++) {
            builder.sms("o" + i, msisdn.value(), start.plusSeconds(i * 15L).atOffset(ZoneOffset.ofHours(2)).toString(), "MO",
                    "91234567", "NO");
        }
        Path file = builder.write(spoolDir, "outage.csv");
        OperatorApiClient health = new OperatorApiClient(port, null);

        CompletableFuture<List<CdrFileSummary>> round = CompletableFuture.supplyAsync(
                () -> spool.ingestWaiting(spoolDir, CdrSource.SPOOL));
        CdrIngestRobustnessIntegrationTest.terminateTheIngestWhileItLoads(jdbc);

        assertThat(round.get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(file).as("the file waits in the spool").exists();
        OperatorApiClient.Response paused = health.get("/actuator/health/cdr-spool");
        assertThat(paused.status()).isEqualTo(503);
        assertThat(paused.<String>json("$.components.cdrSpool.status")).isEqualTo("DOWN");
        assertThat(paused.<String>json("$.components.cdrSpool.details.pausedSince")).isEqualTo(NOVEMBER.toString());
        assertThat(paused.<String>json("$.components.cdrSpool.details.lastError")).isNotBlank(); // as the driver says it
        assertThat(paused.<Integer>json("$.components.cdrSpool.details.filesWaiting")).isEqualTo(1);
        assertThat(health.get("/actuator/health").status()).as("the whole health shows it").isEqualTo(503);
        assertThat(health.get("/actuator/health/liveness").status()).as("no restart needed").isEqualTo(200);

        assertThat(spool.ingestWaiting(spoolDir, CdrSource.SPOOL)).as("before its next attempt the spool waits").isEmpty();
        assertThat(file).exists();
        clock.advance(Duration.ofSeconds(5));

        assertThat(spool.ingestWaiting(spoolDir, CdrSource.SPOOL)).singleElement()
                .satisfies(summary -> assertThat(summary.rated()).isEqualTo(150_000));
        assertThat(spoolDir.resolve("done/outage.csv")).exists();
        OperatorApiClient.Response resumed = health.get("/actuator/health/cdr-spool");
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.<String>json("$.components.cdrSpool.status")).isEqualTo("UP");
    }

    @Test
    void aStopDuringAnIngestRollsBackAndLeavesTheFileInTheSpool() throws Exception {
        Path spoolDir = Files.createTempDirectory("spool");
        CdrFileBuilder builder = CdrFileBuilder.file();
        Instant start = Instant.parse("2026-10-01T06:00:00Z");
        for (int i = 0; i < 300_000; i++) {
            builder.sms("s" + i, msisdn.value(), start.plusSeconds(i * 7L).atOffset(ZoneOffset.ofHours(2)).toString(), "MO",
                    "91234567", "NO");
        }
        Path file = builder.write(spoolDir, "stopped.csv");
        CompletableFuture<List<CdrFileSummary>> round = CompletableFuture.supplyAsync(
                () -> spool.ingestWaiting(spoolDir, CdrSource.SPOOL));
        waitForTheIngestToLoad();

        long stopping = System.nanoTime();
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        gate.stop(() -> stopped.complete(null));
        try {
            stopped.get(30, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("within the shutdown grace period")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(round.get(10, TimeUnit.SECONDS)).isEmpty();
        } finally {
            gate.start();
        }
        assertThat(file).as("the file waits in the spool").exists();
        assertThat(count("select count(*) from cdr_file where name = 'stopped.csv'")).isZero();
        assertThat(count("select count(*) from cdr_seen where cdr_id like '" + builder.id("") + "%'")).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .as("the database lanes' threads are gone").doesNotContain("cdr-ingest-load", "cdr-ingest-seen");

        assertThat(spool.ingestWaiting(spoolDir, CdrSource.SPOOL)).singleElement()
                .satisfies(summary -> assertThat(summary.rated()).isEqualTo(300_000));
    }

    private void waitForTheIngestToLoad() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (count("select count(*) from pg_stat_activity where query ilike 'copy usage_event%'") > 0) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the ingest never started loading");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
