package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a file holds, every record in it comes out once, parsed or rejected, at the line where
 * it starts (CDR-FORMAT.md: records in = rated + duplicate + rejected).
 */
class CdrParserPropertyTest {

    /** A fault put into one record; some faults only matter to some types. */
    enum Fault {
        NONE, BAD_CDR_ID, BAD_MSISDN, BAD_TYPE, NO_OFFSET, UNKNOWN_COUNTRY, BAD_DIRECTION, BAD_OTHER_PARTY,
        BAD_DURATION, BAD_VOLUME, BAD_AMOUNT, BAD_VAT, FIELD_MISSING, FIELD_TOO_MANY, TEXT_AFTER_QUOTE;

        boolean rejects(CdrType type) {
            return switch (this) {
                case NONE -> false;
                case BAD_DIRECTION -> type.isCallOrMessage();
                case BAD_OTHER_PARTY -> type != CdrType.DATA;
                case BAD_DURATION -> type == CdrType.VOICE;
                case BAD_VOLUME -> type == CdrType.DATA;
                case BAD_AMOUNT, BAD_VAT -> type == CdrType.CONTENT;
                default -> true;
            };
        }
    }

    record RecordSpec(CdrType type, Fault fault, boolean quoteAll, boolean multiLineDescription, int blankLinesBefore) {
    }

    record FileSpec(List<String> columns, List<RecordSpec> records, boolean crlf, boolean byteOrderMark, boolean gzip) {
    }

    record WrittenFile(byte[] bytes, List<Integer> startLines) {
    }

    @Property(tries = 300)
    void everyRecordIsParsedOrRejectedOnce(@ForAll("files") FileSpec spec) {
        WrittenFile file = write(spec);

        List<CdrLine> lines = CdrFiles.parse(file.bytes());

        assertThat(lines).hasSameSizeAs(spec.records());
        assertThat(lines).extracting(CdrLine::lineNumber).containsExactlyElementsOf(file.startLines());
        for (int i = 0; i < lines.size(); i++) {
            RecordSpec record = spec.records().get(i);
            assertThat(lines.get(i))
                    .as("record %d: %s", i, record)
                    .isInstanceOf(record.fault().rejects(record.type()) ? RejectedCdr.class : ParsedCdr.class);
        }
    }

    @Provide
    Arbitrary<FileSpec> files() {
        Arbitrary<RecordSpec> records = Combinators.combine(
                Arbitraries.of(CdrType.class),
                Arbitraries.of(Fault.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2)).as(RecordSpec::new);
        List<String> columns = new ArrayList<>(CdrFiles.COLUMNS);
        columns.add("operator_ref");
        return Combinators.combine(
                Arbitraries.shuffle(columns),
                records.list().ofMaxSize(40),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(FileSpec::new);
    }

    private static WrittenFile write(FileSpec spec) {
        String lineEnd = spec.crlf() ? "\r\n" : "\n";
        StringBuilder csv = new StringBuilder(spec.byteOrderMark() ? "\uFEFF" : "");
        csv.append(String.join(",", spec.columns())).append(lineEnd);
        int line = 2;
        List<Integer> startLines = new ArrayList<>();
        for (int i = 0; i < spec.records().size(); i++) {
            RecordSpec record = spec.records().get(i);
            for (int blank = 0; blank < record.blankLinesBefore(); blank++) {
                csv.append(blank % 2 == 0 ? "" : "  ").append(lineEnd);
                line++;
            }
            String recordLine = recordLine(record, spec.columns(), i, lineEnd);
            startLines.add(line);
            csv.append(recordLine).append(lineEnd);
            line += 1 + (int) recordLine.chars().filter(c -> c == '\n').count();
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return new WrittenFile(spec.gzip() ? CdrFiles.gzip(bytes) : bytes, startLines);
    }

    private static String recordLine(RecordSpec record, List<String> columns, int index, String lineEnd) {
        Map<String, String> values = CdrFiles.validRecord(record.type());
        values.put("cdr_id", "p-" + index);
        values.put("operator_ref", "x," + index);
        if (record.multiLineDescription()) {
            values.put("description", "he said \"hi\"," + lineEnd + "then left");
        }
        switch (record.fault()) {
            case BAD_CDR_ID -> values.put("cdr_id", "p " + index);
            case BAD_MSISDN -> values.put("msisdn", "+4722334455");
            case BAD_TYPE -> values.put("type", "FAX");
            case NO_OFFSET -> values.put("start_time", "2026-10-03T08:15:00");
            case UNKNOWN_COUNTRY -> values.put("visited_country", "XX");
            case BAD_DIRECTION -> values.put("direction", "IN");
            case BAD_OTHER_PARTY -> values.put("other_party", "abc");
            case BAD_DURATION -> values.put("duration_s", "1.5");
            case BAD_VOLUME -> values.put("volume_bytes", "-3");
            case BAD_AMOUNT -> values.put("amount_nok", "1,50");
            case BAD_VAT -> values.put("vat_rate", "12");
            default -> {
            }
        }
        List<String> fields = CdrFiles.fields(values, columns, record.quoteAll());
        switch (record.fault()) {
            case FIELD_MISSING -> fields.remove(fields.size() - 1);
            case FIELD_TOO_MANY -> fields.add("");
            case TEXT_AFTER_QUOTE -> fields.set(columns.indexOf("cdr_id"), "\"p-" + index + "\"x");
            default -> {
            }
        }
        return String.join(",", fields);
    }
}
