package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.SpoolDirectory;

/**
 * Issue #10, "nothing lost" as a property: random CDR files with random faults (NUL and other
 * control bytes, bytes that are not UTF-8, lines past the limit, broken fields, repeated ids, a
 * bad header, a cut gzip, random bytes, a decompression bomb) go through the spool. For every file,
 * records in = rated + duplicate + rejected, each figure as the test's own model of the file says;
 * or the file is refused whole, in failed/ with why and in the ledger. The spool always drains.
 */
@PortalIntegrationTest
class CdrIngestPropertyIntegrationTest {

    /** What a file is, as a whole. */
    enum Kind {
        PLAIN, GZIP, BAD_HEADER, CUT_GZIP, RANDOM_BYTES, BOMB
    }

    /** A record's fault; NONE is a valid record. */
    enum Fault {
        NONE, NUL, NOT_UTF8, CONTROL, LONE_CR, HUGE_LINE, BAD_MSISDN, BAD_TYPE, TOO_FEW_FIELDS
    }

    @Autowired
    TestClock clock;

    @Autowired
    CdrSpool spool;

    @Autowired
    CompanyMother mother;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261206, 7, 1010})
    void everyFileIsAccountedForAndTheSpoolDrains(long seed) throws Exception {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
        Random random = new Random(seed);
        TestCompany company = mother.company("Lager");
        List<String> numbers = List.of(company.subscriber(0, "FRI_5").value(), company.subscriber(0, "BASIS").value(),
                company.subscriber(0, "FRI_20").value());
        String idPrefix = CdrFileBuilder.file().id("");
        Path spoolDir = Files.createTempDirectory("spool");
        Set<String> rated = new HashSet<>();
        List<Expected> expected = new ArrayList<>();
        for (int f = 0; f < 14; f++) {
            Kind kind = f == 0 ? Kind.PLAIN : Kind.values()[weighted(random)];
            String name = "f%02d-%s.csv%s".formatted(f, kind.name().toLowerCase(), kind == Kind.PLAIN || kind == Kind.BAD_HEADER
                    || kind == Kind.RANDOM_BYTES ? "" : ".gz");
            expected.add(write(spoolDir.resolve(name), kind, random, numbers, idPrefix, rated));
        }

        List<CdrFileSummary> ingested = spool.ingestWaiting(spoolDir, CdrSource.SPOOL);

        assertThat(SpoolDirectory.waiting(spoolDir)).as("the spool drained").isEmpty();
        assertThat(ingested).hasSize((int) expected.stream().filter(e -> e.refusal() == null).count());
        for (Expected file : expected) {
            String ledger = jdbc.sql("""
                    select status || ' ' || records || ' ' || rated || ' ' || duplicate || ' ' || rejected || ' '
                           || coalesce(refused_reason, '-')
                    from cdr_file where name = :name and received_at = :at order by cdr_file_id desc limit 1""")
                    .param("name", file.name()).param("at", java.sql.Timestamp.from(clock.instant()))
                    .query(String.class).single();
            if (file.refusal() != null) {
                assertThat(ledger).as(file.name()).startsWith("REFUSED 0 0 0 0 ").contains(file.refusal());
                assertThat(spoolDir.resolve("failed/" + file.name())).exists();
                assertThat(Files.readString(spoolDir.resolve("failed/" + file.name() + ".error.txt"))).contains(file.refusal());
            } else if (file.records() < 0) { // random bytes: whatever the lines, none is rated
                String[] figures = ledger.split(" ");
                assertThat(figures[0]).isEqualTo("INGESTED");
                assertThat(Integer.parseInt(figures[1])).as(file.name()).isEqualTo(Integer.parseInt(figures[4])).isPositive();
                assertThat(spoolDir.resolve("done/" + file.name())).exists();
            } else {
                assertThat(ledger).as(file.name()).isEqualTo("INGESTED %d %d %d %d -".formatted(file.records(), file.rated(),
                        file.duplicate(), file.rejected()));
                assertThat(spoolDir.resolve("done/" + file.name())).exists();
            }
        }
        assertThat(jdbc.sql("select count(distinct cdr_id) from usage_event where company_id = :c").param("c", company.id())
                .query(Long.class).single()).as("each good id rated once").isEqualTo(rated.size());
    }

    private static int weighted(Random random) {
        int roll = random.nextInt(20);
        return roll < 8 ? Kind.PLAIN.ordinal() : roll < 13 ? Kind.GZIP.ordinal() : roll < 15 ? Kind.BAD_HEADER.ordinal()
                : roll < 17 ? Kind.CUT_GZIP.ordinal() : roll < 19 ? Kind.RANDOM_BYTES.ordinal() : Kind.BOMB.ordinal();
    }

    /** What the file must come to; {@code records} -1 when only the identity can be checked. */
    record Expected(String name, int records, int rated, int duplicate, int rejected, String refusal) {
    }

    /** Writes a file of the kind and answers what it must come to, rating its good ids in {@code rated} as the ingest will. */
    private static Expected write(Path file, Kind kind, Random random, List<String> numbers, String idPrefix, Set<String> rated)
            throws IOException {
        String name = file.getFileName().toString();
        if (kind == Kind.RANDOM_BYTES) {
            byte[] bytes = new byte[5_000 + random.nextInt(30_000)];
            random.nextBytes(bytes);
            bytes[0] = 'r';
            Files.write(file, bytes);
            return new Expected(name, -1, 0, 0, -1, null);
        }
        if (kind == Kind.BOMB) {
            CdrBombIntegrationTest.lineBomb(file, 40_000_000L);
            return new Expected(name, 0, 0, 0, 0, "decompresses to more than 100 times its compressed size");
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes((kind == Kind.BAD_HEADER ? CdrFiles.HEADER.replace("msisdn", "msi\u0000sdn") : CdrFiles.HEADER)
                .getBytes(StandardCharsets.UTF_8));
        csv.write('\n');
        int records = random.nextInt(120);
        int good = 0;
        int duplicate = 0;
        int rejected = 0;
        Set<String> ratedHere = new HashSet<>();
        for (int i = 0; i < records; i++) {
            Fault fault = random.nextInt(3) == 0 ? Fault.values()[1 + random.nextInt(Fault.values().length - 1)] : Fault.NONE;
            String id = idPrefix + "p" + random.nextInt(400);
            csv.writeBytes(record(id, numbers.get(random.nextInt(numbers.size())), fault, random));
            csv.write('\n');
            if (fault != Fault.NONE || kind == Kind.BAD_HEADER) {
                rejected++;
            } else if (rated.contains(id) || ratedHere.contains(id)) {
                duplicate++;
            } else {
                ratedHere.add(id);
                good++;
            }
        }
        byte[] bytes = csv.toByteArray();
        if (kind == Kind.PLAIN || kind == Kind.BAD_HEADER) {
            Files.write(file, bytes);
        } else {
            byte[] gzip = CdrFiles.gzip(bytes);
            if (kind == Kind.CUT_GZIP) {
                Files.write(file, Arrays.copyOf(gzip, gzip.length - 1 - random.nextInt(Math.min(gzip.length - 10, 200))));
                return new Expected(name, 0, 0, 0, 0, "the file is not a readable CSV or gzip file");
            }
            Files.write(file, gzip);
        }
        rated.addAll(ratedHere);
        return new Expected(name, records, good, duplicate, rejected, null);
    }

    private static byte[] record(String id, String msisdn, Fault fault, Random random) {
        String day = "2026-10-%02dT%02d:%02d:00+02:00".formatted(1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
        String description = switch (random.nextInt(4)) {
            case 0 -> "blåbær";
            case 1 -> "\"tur\nretur, \"\"sone 1\"\"\"";
            case 2 -> "\"med\ttab\"";
            default -> "";
        };
        String line = switch (random.nextInt(3)) {
            case 0 -> String.join(",", id, msisdn, "SMS", day, "MO", "91234567", "NO", "", "", "", "", "", description);
            case 1 -> String.join(",", id, msisdn, "DATA", day, "", "", random.nextBoolean() ? "NO" : "SE", "",
                    String.valueOf(1 + random.nextInt(9_000_000)), "", "", "", description);
            default -> String.join(",", id, msisdn, "VOICE", day, "MT", "+4722334455", "NO", String.valueOf(random.nextInt(900)),
                    "", "", "", "", description);
        };
        return switch (fault) {
            case NONE -> line.getBytes(StandardCharsets.UTF_8);
            case NUL -> (line + "x\u0000y").getBytes(StandardCharsets.UTF_8);
            case NOT_UTF8 -> (line + "bl\u00e5").getBytes(StandardCharsets.ISO_8859_1);
            case CONTROL -> line.replaceFirst(",", ",\u001b").getBytes(StandardCharsets.UTF_8);
            case LONE_CR -> line.replaceFirst(",", ",\r").getBytes(StandardCharsets.UTF_8);
            case HUGE_LINE -> (line + "z".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
            case BAD_MSISDN -> line.replace(msisdn, "12345").getBytes(StandardCharsets.UTF_8);
            case BAD_TYPE -> line.replaceFirst(",(SMS|DATA|VOICE),", ",FAX,").getBytes(StandardCharsets.UTF_8);
            case TOO_FEW_FIELDS -> line.substring(0, line.indexOf(",NO,") >= 0 ? line.indexOf(",NO,") : line.indexOf(",SE,"))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }
}
