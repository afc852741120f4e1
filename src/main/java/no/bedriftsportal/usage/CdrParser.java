package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Tariffs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a call detail record file (CDR-FORMAT.md) as a stream: every data record becomes exactly
 * one {@link CdrLine}, parsed or rejected, so that records in = parsed + rejected. Blank lines are
 * not records. A gzip-compressed file is recognised by its first bytes, whatever its name.
 *
 * <p>A header that lacks a column every record needs ({@code cdr_id}, {@code msisdn},
 * {@code type}, {@code start_time}, {@code visited_country}) or names a column twice rejects every
 * record with that reason, e.g. {@code header lacks column type}. A column only some types need may
 * be absent; a record of such a type is then rejected with {@code header lacks column duration_s,
 * required for VOICE}.
 */
public final class CdrParser {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int BUFFER_BYTES = 1 << 16;

    private final Set<String> knownCountries;

    /** @param knownCountries the country table's codes, {@link Tariffs#knownCountries()} */
    public CdrParser(Set<String> knownCountries) {
        this.knownCountries = Set.copyOf(knownCountries);
    }

    /** Hands each record to {@code sink} in file order. Does not close {@code in}. */
    public void parse(InputStream in, Consumer<? super CdrLine> sink) throws IOException {
        CsvRecordReader records = new CsvRecordReader(new InputStreamReader(decompressed(in), StandardCharsets.UTF_8));
        if (!records.next()) {
            return;
        }
        ValidateCdrRecord validate = new ValidateCdrRecord(CdrHeader.read(records), knownCountries);
        while (records.next()) {
            sink.accept(validate.apply(records));
        }
    }

    private static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_BYTES);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2 ? new GZIPInputStream(buffered, BUFFER_BYTES) : buffered;
    }
}
