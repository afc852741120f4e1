package no.bedriftsportal.usage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

/**
 * Prints how many lines per second {@link CdrParser} reads from a plain CSV file in memory. A
 * measurement, not a test: run it by hand (see README.md).
 */
public final class CdrParserBenchmark {

    private static final int LINES = 1_000_000;
    private static final int ROUNDS = 6;

    private CdrParserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : LINES;
        byte[] file = file(lines);
        CdrParser parser = new CdrParser(TariffsMother.catalog().knownCountries());
        System.out.printf("%,d lines, %,d bytes%n", lines, file.length);
        for (int round = 1; round <= ROUNDS; round++) {
            LongAdder parsed = new LongAdder();
            LongAdder rejected = new LongAdder();
            long start = System.nanoTime();
            parser.parse(new ByteArrayInputStream(file), line -> {
                if (line instanceof ParsedCdr) {
                    parsed.increment();
                } else {
                    rejected.increment();
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %.3f s, %,.0f lines/s (parsed %,d, rejected %,d)%n",
                    round, seconds, lines / seconds, parsed.sum(), rejected.sum());
        }
    }

    /** A realistic mix: mostly data and calls, some messages and content, one bad line in a thousand. */
    private static byte[] file(int lines) {
        StringBuilder csv = new StringBuilder(lines * 100);
        csv.append("cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n");
        for (int i = 0; i < lines; i++) {
            String msisdn = "+479" + (1000000 + i % 9000000);
            String time = "2026-10-%02dT%02d:%02d:%02d+02:00".formatted(1 + i % 28, i % 24, i % 60, (i / 60) % 60);
            switch (i % 10) {
                case 0, 1, 2, 3 -> csv.append("b-").append(i).append(',').append(msisdn).append(",DATA,").append(time)
                        .append(",,,NO,,").append(1000 + (i * 7919L) % 50_000_000).append(",,,,\n");
                case 4, 5, 6 -> csv.append("b-").append(i).append(',').append(msisdn).append(",VOICE,").append(time)
                        .append(",MO,+4722334455,NO,").append(i % 3600).append(",,,,,\n");
                case 7, 8 -> csv.append("b-").append(i).append(',').append(msisdn).append(",SMS,").append(time)
                        .append(",MT,91234567,SE,,,,,,\n");
                default -> csv.append(i % 1000 == 9 ? "bad id" : "b-" + i).append(',').append(msisdn)
                        .append(",CONTENT,").append(time)
                        .append(",,2020,NO,,,45.00,25,EasyPark,\"parkering, sentrum\"\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
