package no.bedriftsportal.usage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** CDR files for parser tests: valid records per type, CSV writing, gzip and parsing. */
final class CdrFiles {

    static final List<String> COLUMNS = List.of("cdr_id", "msisdn", "type", "start_time", "direction", "other_party",
            "visited_country", "duration_s", "volume_bytes", "amount_nok", "vat_rate", "provider", "description");
    static final String HEADER = String.join(",", COLUMNS);

    private static final CdrParser PARSER = new CdrParser(TariffsMother.catalog().knownCountries());

    private CdrFiles() {
    }

    /** A valid record of the type, column by column; change a value to make a fault. */
    static Map<String, String> validRecord(CdrType type) {
        Map<String, String> record = new LinkedHashMap<>();
        COLUMNS.forEach(column -> record.put(column, ""));
        record.put("cdr_id", "a-1");
        record.put("msisdn", "+4791234567");
        record.put("type", type.name());
        record.put("start_time", "2026-10-03T08:15:00+02:00");
        record.put("visited_country", "NO");
        switch (type) {
            case VOICE -> {
                record.put("direction", "MO");
                record.put("other_party", "+4722334455");
                record.put("duration_s", "125");
            }
            case SMS, MMS -> {
                record.put("direction", "MT");
                record.put("other_party", "91234567");
            }
            case DATA -> {
                record.put("visited_country", "SE");
                record.put("volume_bytes", "52428800");
            }
            case CONTENT -> {
                record.put("other_party", "2020");
                record.put("amount_nok", "45.00");
                record.put("vat_rate", "25");
                record.put("provider", "EasyPark");
                record.put("description", "parkering");
            }
        }
        return record;
    }

    /** One CSV line of the values in {@code columns} order; quoted only where RFC 4180 needs it. */
    static String line(Map<String, String> record, List<String> columns, boolean quoteAll) {
        return String.join(",", fields(record, columns, quoteAll));
    }

    /** The fields of {@link #line}, as written. */
    static List<String> fields(Map<String, String> record, List<String> columns, boolean quoteAll) {
        List<String> fields = new ArrayList<>();
        for (String column : columns) {
            fields.add(field(record.getOrDefault(column, ""), quoteAll));
        }
        return fields;
    }

    static String field(String value, boolean quote) {
        boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote || needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static List<CdrLine> parse(String csv) {
        return parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    static List<CdrLine> parse(byte[] file) {
        List<CdrLine> lines = new ArrayList<>();
        try {
            PARSER.parse(new ByteArrayInputStream(file), lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static byte[] gzip(byte[] file) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
