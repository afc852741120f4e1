package no.bedriftsportal.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import no.bedriftsportal.shared.Oslo;

/**
 * A month of synthetic usage for many subscriptions, in time order: calls, messages, data (some
 * abroad), content services. Fast enough to write millions of records in seconds.
 */
final class BenchmarkCdrs {

    private static final String[] ABROAD = {"SE", "DK", "DE", "ES", "GB", "US", "TH"};

    private BenchmarkCdrs() {
    }

    /** Writes records spread evenly over the months from {@code first} to {@code last}, in time order. */
    static void write(Path file, List<String> msisdns, YearMonth first, YearMonth last, int records, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long start = Oslo.startOf(first.atDay(1)).getEpochSecond();
        long span = Oslo.startOf(last.plusMonths(1).atDay(1)).getEpochSecond() - start;
        StringBuilder line = new StringBuilder(160);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                    + "amount_nok,vat_rate,provider,description\n");
            for (int i = 0; i < records; i++) {
                long second = start + (span * i) / records;
                Instant at = Instant.ofEpochSecond(second);
                ZoneOffset offset = Oslo.ZONE.getRules().getOffset(at);
                String msisdn = msisdns.get(random.nextInt(msisdns.size()));
                String country = random.nextInt(100) < 4 ? ABROAD[random.nextInt(ABROAD.length)] : "NO";
                int roll = random.nextInt(100);
                line.setLength(0);
                line.append("b").append(seed).append('-').append(i).append(',').append(msisdn).append(',');
                if (roll < 30) {
                    line.append("VOICE,").append(at.atOffset(offset)).append(random.nextBoolean() ? ",MO," : ",MT,")
                            .append(9000_0000 + random.nextInt(1000_0000)).append(',').append(country).append(',')
                            .append(5 + random.nextInt(600)).append(",,,,,");
                } else if (roll < 55) {
                    line.append("SMS,").append(at.atOffset(offset)).append(random.nextBoolean() ? ",MO," : ",MT,")
                            .append(4000_0000 + random.nextInt(1000_0000)).append(',').append(country).append(",,,,,,");
                } else if (roll < 98) {
                    line.append("DATA,").append(at.atOffset(offset)).append(",,,").append(country).append(",,")
                            .append(100_000 + random.nextInt(80_000_000)).append(",,,,");
                } else {
                    line.append("CONTENT,").append(at.atOffset(offset)).append(",,2020,NO,,,")
                            .append(10 + random.nextInt(90)).append(".00,25,EasyPark,Parkering");
                }
                line.append('\n');
                out.append(line);
            }
        }
    }
}
