package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Tariffs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
 * required for VOICE}. A record with bytes that are not text (NUL, another control character,
 * bytes that are not UTF-8) or longer than the line limit is rejected with where it went wrong.
 *
 * <p>What a file may cost is bounded ({@link IngestLimits}): past its decompressed size, its
 * compression ratio or its number of records, the parser stops and throws {@link CdrFileRefused}.
 */
public final class CdrParser {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int BUFFER_BYTES = 1 << 16;

    /** The country table's codes, each to itself. */
    private final Map<String, String> knownCountries;
    private final IngestLimits limits;

    /** @param knownCountries the country table's codes, {@link Tariffs#knownCountries()} */
    public CdrParser(Set<String> knownCountries) {
        this(knownCountries, IngestLimits.DEFAULT);
    }

    CdrParser(Set<String> knownCountries, IngestLimits limits) {
        this.knownCountries = knownCountries.stream().collect(Collectors.toUnmodifiableMap(code -> code, code -> code));
        this.limits = limits;
    }

    /** Hands each record to {@code sink} in file order. Does not close {@code in}. */
    public void parse(InputStream in, Consumer<? super CdrLine> sink) throws IOException {
        parse(in, sink, () -> {
        });
    }

    /**
     * As {@link #parse(InputStream, Consumer)}, passing {@code checkpoint} before every read of the
     * file: it may throw to stop the parse.
     */
    void parse(InputStream in, Consumer<? super CdrLine> sink, Runnable checkpoint) throws IOException {
        CsvRecordReader records = new CsvRecordReader(bounded(in, checkpoint), limits.maxLineBytes());
        if (!records.next()) {
            return;
        }
        ValidateCdrRecord validate = new ValidateCdrRecord(CdrHeader.read(records), knownCountries);
        int count = 0;
        while (records.next()) {
            if (++count > limits.maxRecords()) {
                throw new CdrFileRefused("the file has more than " + limits.maxRecords()
                        + " records (portal.usage.ingest.max-records)");
            }
            sink.accept(validate.apply(records));
        }
    }

    private InputStream bounded(InputStream in, Runnable checkpoint) throws IOException {
        BoundedInput.CountedInput counted = new BoundedInput.CountedInput(in);
        BufferedInputStream buffered = new BufferedInputStream(counted, BUFFER_BYTES);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzip = first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
        return new BoundedInput(gzip ? new GZIPInputStream(buffered, BUFFER_BYTES) : buffered, gzip ? counted : null, limits,
                checkpoint);
    }
}
