package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;

/**
 * Issue #10.3: the gzip line bombs of the issue. A 972 KB .csv.gz of 500 million short bad lines
 * filled a 6 GB heap within 20 s and took the portal down; a 9.9 KB gzip of 5 million bad lines
 * took 73 s and 1.4 GB. What a file may cost is bounded now: the first is refused whole within
 * seconds, the second is ingested in seconds, and neither holds more than a few megabytes alive (measured after full collections).
 */
@PortalIntegrationTest
class CdrBombIntegrationTest {

    /**
     * What an ingest of bad lines may hold at most: the first 10,000 rejections and a few buffers,
     * whatever the file. Alone they hold some 2.4 MB; in the whole suite other work of the JVM
     * shows up in the figure too (up to ~80 MB seen); before, 5 million lines held 1.28 GB.
     */
    private static final long HELD_BYTES = 150L << 20;

    @Autowired
    TestClock clock;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    CdrSpool spool;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void standInNovember() {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
    }

    @Test
    void aGzipOfHalfABillionBadLinesIsRefusedWithinSecondsByItsCompressionRatio() throws Exception {
        Path spoolDir = Files.createTempDirectory("spool");
        Path bomb = lineBomb(spoolDir.resolve("bomb.csv.gz"), 500_000_000L);
        assertThat(Files.size(bomb)).isBetween(500_000L, 2_000_000L);

        long started = System.nanoTime();
        try (HeapWatch heap = new HeapWatch()) {
            assertThat(spool.ingestWaiting(spoolDir, CdrSource.SPOOL)).isEmpty();
            assertThat(heap.samples()).as("heap measured").isPositive();
            assertThat(heap.heldBytes()).as("heap held by the ingest").isLessThan(HELD_BYTES);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(Files.readString(spoolDir.resolve("failed/bomb.csv.gz.error.txt")))
                .contains("the file decompresses to more than 100 times its compressed size");
        assertThat(jdbc.sql("select status from cdr_file where name = 'bomb.csv.gz'").query(String.class).single())
                .isEqualTo("REFUSED");
    }

    @Test
    void withoutTheRatioTheSameBombIsRefusedAtTheRecordsCapHoldingLittleMemory() throws Exception {
        Path bomb = lineBomb(Files.createTempDirectory("cdr").resolve("bomb.csv.gz"), 500_000_000L);
        IngestLimits noRatio = new IngestLimits(IngestLimits.DEFAULT.maxDecompressedBytes(), Integer.MAX_VALUE,
                IngestLimits.DEFAULT.compressionRatioCheckedAfter(), 3_000_000, IngestLimits.DEFAULT.maxLineBytes(),
                IngestLimits.DEFAULT.rejectionsKept());

        long started = System.nanoTime();
        try (HeapWatch heap = new HeapWatch()) {
            assertThatThrownBy(() -> ingest.ingest(bomb, "bomb-records.csv.gz", CdrSource.UPLOAD, noRatio))
                    .isInstanceOf(CdrFileRefused.class)
                    .hasMessage("the file has more than 3000000 records (portal.usage.ingest.max-records)");
            assertThat(heap.samples()).as("heap measured").isPositive();
            assertThat(heap.heldBytes()).as("heap held by the ingest of 3 million rejections").isLessThan(HELD_BYTES);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aSmallGzipOfFiveMillionBadLinesIsIngestedInSecondsKeepingTheFirstRejectionsAndCountingTheRest() throws Exception {
        Path bomb = lineBomb(Files.createTempDirectory("cdr").resolve("five-million.csv.gz"), 5_000_000L);
        assertThat(Files.size(bomb)).isLessThan(20_000L);

        long started = System.nanoTime();
        CdrFileSummary summary;
        try (HeapWatch heap = new HeapWatch()) {
            summary = ingest.ingest(bomb, "five-million.csv.gz", CdrSource.UPLOAD);
            assertThat(heap.samples()).as("heap measured").isPositive();
            assertThat(heap.heldBytes()).as("heap held by the ingest of 5 million rejections").isLessThan(HELD_BYTES);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("it took 73 s").isLessThan(Duration.ofSeconds(30));
        assertThat(List.of(summary.records(), summary.rated(), summary.duplicate(), summary.rejected()))
                .containsExactly(5_000_000, 0, 0, 5_000_000);
        assertThat(jdbc.sql("select count(*) from cdr_rejection where cdr_file_id = :f").param("f", summary.id())
                .query(Long.class).single()).isEqualTo(10_000);
        assertThat(jdbc.sql("select max(line_number) from cdr_rejection where cdr_file_id = :f").param("f", summary.id())
                .query(Integer.class).single()).as("the first by line").isEqualTo(10_001);
        assertThat(jdbc.sql("""
                select r ->> 'reason' || ': ' || (r ->> 'records') from cdr_file, jsonb_array_elements(rejections_not_kept) r
                where cdr_file_id = :f""").param("f", summary.id()).query(String.class).list())
                .containsExactly("record has # fields, the header has #: 4990000");
    }

    /**
     * A CDR header and {@code lines} lines of "x": gzip members of a million lines each, so that
     * half a billion lines are written in a second and take about a megabyte.
     */
    static Path lineBomb(Path file, long lines) throws IOException {
        int perMember = 1_000_000;
        byte[] member = member(perMember);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(CdrFiles.gzip((CdrFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
            for (long written = 0; written < lines; written += perMember) {
                out.write(written + perMember <= lines ? member : member((int) (lines - written)));
            }
        }
        return file;
    }

    private static byte[] member(int lines) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] chunk = "x\n".repeat(50_000).getBytes(StandardCharsets.US_ASCII);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 1 << 16)) {
            for (int written = 0; written < lines; written += 50_000) {
                gzip.write(chunk, 0, 2 * Math.min(50_000, lines - written));
            }
        }
        return compressed.toByteArray();
    }
}
