package no.bedriftsportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Usage records of this month for a test, ingested as an uploaded CDR file: each line after the
 * header, with {@link #start(Clock)} as the start time where the test wants "now" in this month.
 */
public final class ThisMonthsCdrs {

    public static final String HEADER = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
            + "amount_nok,vat_rate,provider,description\n";

    private ThisMonthsCdrs() {
    }

    /**
     * An hour ago, but within this month even minutes after it began (the clock matrix's New Year),
     * as the CDR format writes a time.
     */
    public static String start(Clock clock) {
        YearMonth month = Oslo.monthOf(clock.instant());
        Instant hourAgo = clock.instant().minusSeconds(3600);
        Instant monthStart = Oslo.startOf(month.atDay(1)).plusSeconds(60);
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.ofInstant(
                hourAgo.isAfter(monthStart) ? hourAgo : monthStart, Oslo.ZONE));
    }

    /** Ingests the lines (without the header) as one uploaded file named {@code name}. */
    public static void ingest(IngestCdrFile ingest, String name, String lines) {
        try {
            Path file = Files.createTempFile("cdrs", ".csv");
            Files.writeString(file, HEADER + lines);
            ingest.ingest(file, name, CdrSource.UPLOAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
