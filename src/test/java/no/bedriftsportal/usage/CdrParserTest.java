package no.bedriftsportal.usage;

import static no.bedriftsportal.usage.CdrFiles.COLUMNS;
import static no.bedriftsportal.usage.CdrFiles.HEADER;
import static no.bedriftsportal.usage.CdrFiles.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CdrParserTest {

    /** The example of CDR-FORMAT.md. */
    private static final String EXAMPLE = HEADER + "\n"
            + "a-0001,+4791234567,VOICE,2026-10-03T08:15:00+02:00,MO,+4722334455,NO,125,,,,,\n"
            + "a-0002,+4791234567,DATA,2026-10-03T09:00:00+02:00,,,SE,,52428800,,,,\n"
            + "a-0003,+4791234567,CONTENT,2026-10-04T12:00:00+02:00,,2020,NO,,,45.00,25,EasyPark,parkering\n";

    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);

    @Test
    void parsesTheExampleOfTheFormat() {
        assertThat(parse(EXAMPLE)).containsExactly(
                new ParsedCdr(2, "a-0001", "+4791234567", CdrType.VOICE, Instant.parse("2026-10-03T06:15:00Z"), SUMMER,
                        Direction.MO, "+4722334455", "NO", 125, 0, null, null, null, null),
                new ParsedCdr(3, "a-0002", "+4791234567", CdrType.DATA, Instant.parse("2026-10-03T07:00:00Z"), SUMMER,
                        null, null, "SE", 0, 52_428_800, null, null, null, null),
                new ParsedCdr(4, "a-0003", "+4791234567", CdrType.CONTENT, Instant.parse("2026-10-04T10:00:00Z"), SUMMER,
                        null, "2020", "NO", 0, 0, new BigDecimal("45.00"), 25, "EasyPark", "parkering"));
    }

    @Nested
    class FileFormat {

        @Test
        void readsCrlfLineEndsAsLf() {
            assertThat(parse(EXAMPLE.replace("\n", "\r\n"))).isEqualTo(parse(EXAMPLE));
        }

        @Test
        void skipsAByteOrderMark() {
            assertThat(parse("\uFEFF" + EXAMPLE)).isEqualTo(parse(EXAMPLE));
        }

        @Test
        void readsAGzipFileByItsFirstBytes() {
            byte[] plain = EXAMPLE.getBytes(StandardCharsets.UTF_8);

            assertThat(CdrFiles.parse(CdrFiles.gzip(plain))).isEqualTo(parse(EXAMPLE));
        }

        @Test
        void takesColumnsInAnyOrderAndIgnoresUnknownOnes() {
            String csv = "Visited_Country,type,operator_ref,cdr_id,start_time,volume_bytes,msisdn\n"
                    + "SE,DATA,x-99,a-0002,2026-10-03T09:00:00+02:00,52428800,+4791234567\n";

            assertThat(parse(csv)).containsExactly(
                    new ParsedCdr(2, "a-0002", "+4791234567", CdrType.DATA, Instant.parse("2026-10-03T07:00:00Z"), SUMMER,
                            null, null, "SE", 0, 52_428_800, null, null, null, null));
        }

        @Test
        void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
            Map<String, String> record = CdrFiles.validRecord(CdrType.CONTENT);
            record.put("provider", "Vy, \"Tog\"");
            record.put("description", "billett\r\nOslo–Bergen");

            ParsedCdr cdr = (ParsedCdr) parse(HEADER + "\n" + CdrFiles.line(record, COLUMNS, true) + "\n").get(0);

            assertThat(cdr.provider()).isEqualTo("Vy, \"Tog\"");
            assertThat(cdr.description()).isEqualTo("billett\r\nOslo–Bergen");
        }

        @Test
        void countsPhysicalLinesSkippingBlankOnesAndFollowingQuotedLineBreaks() {
            Map<String, String> multiLine = CdrFiles.validRecord(CdrType.CONTENT);
            multiLine.put("cdr_id", "a-2");
            multiLine.put("description", "line one\nline two\nline three");
            Map<String, String> rejected = CdrFiles.validRecord(CdrType.VOICE);
            rejected.put("cdr_id", "a-3");
            rejected.put("duration_s", "x");
            rejected.put("description", "first\nsecond");
            String csv = HEADER + "\n"                                    // line 1
                    + CdrFiles.line(CdrFiles.validRecord(CdrType.SMS), COLUMNS, false) + "\n" // line 2
                    + "\n"                                                 // line 3, blank
                    + "   \r\n"                                            // line 4, blank
                    + CdrFiles.line(multiLine, COLUMNS, false) + "\n"      // lines 5–7
                    + CdrFiles.line(rejected, COLUMNS, false) + "\n"       // lines 8–9
                    + "\n"                                                 // line 10, blank
                    + CdrFiles.line(CdrFiles.validRecord(CdrType.DATA), COLUMNS, false); // line 11, no line end

            List<CdrLine> lines = parse(csv);

            assertThat(lines).extracting(CdrLine::lineNumber).containsExactly(2, 5, 8, 11);
            assertThat(lines).extracting(CdrLine::cdrId).containsExactly("a-1", "a-2", "a-3", "a-1");
            assertThat(((RejectedCdr) lines.get(2)).rawLine()).isEqualTo(CdrFiles.line(rejected, COLUMNS, false));
        }

        @Test
        void yieldsNothingForAnEmptyFileOrAHeaderAlone() {
            assertThat(parse("")).isEmpty();
            assertThat(parse(HEADER)).isEmpty();
            assertThat(parse(HEADER + "\n\n\r\n")).isEmpty();
        }

        @Test
        void keepsTheTwoInstantsOfTheNightTheClocksGoBack() {
            String csv = HEADER + "\n"
                    + "a-1,+4791234567,DATA,2026-10-25T02:30:00+02:00,,,NO,,1000,,,,\n"
                    + "a-2,+4791234567,DATA,2026-10-25T02:30:00+01:00,,,NO,,1000,,,,\n";

            assertThat(parse(csv)).extracting(line -> ((ParsedCdr) line).startTime()).containsExactly(
                    Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"));
        }
    }

    @Nested
    class LenientReading {

        @ParameterizedTest(name = "{0} = ''{1}''")
        @CsvSource(delimiter = '|', textBlock = """
                # column        | as written                     | stored
                msisdn          | 91234567                       | +4791234567
                msisdn          | ' +4741234567 '                | +4741234567
                msisdn          | 004791234567                   | +4791234567
                msisdn          | 4791234567                     | +4791234567
                msisdn          | 912 34 567                     | +4791234567
                msisdn          | +47 912-34-567                 | +4791234567
                visited_country | dk                             | DK
                start_time      | 2026-10-03T06:15:00Z           | 2026-10-03T06:15:00Z
                start_time      | 2026-10-03T08:15+02:00         | 2026-10-03T06:15:00Z
                start_time      | 2026-10-03T08:15:00.5+02:00    | 2026-10-03T06:15:00.500Z
                start_time      | 2026-10-03T01:15:00-05:00      | 2026-10-03T06:15:00Z
                amount_nok      | 45                             | 45.00
                amount_nok      | 0.5                            | 0.50
                amount_nok      | 0                              | 0.00
                """)
        void normalisesWhatItReads(String column, String written, String stored) {
            Map<String, String> record = CdrFiles.validRecord(CdrType.CONTENT);
            record.put(column, written);

            ParsedCdr cdr = (ParsedCdr) parse(HEADER + "\n" + CdrFiles.line(record, COLUMNS, false)).get(0);

            Object value = switch (column) {
                case "msisdn" -> cdr.msisdn();
                case "visited_country" -> cdr.visitedCountry();
                case "start_time" -> cdr.startTime().toString();
                default -> cdr.amount().toPlainString();
            };
            assertThat(value).hasToString(stored);
        }

        @Test
        void ignoresFieldsTheTypeDoesNotUse() {
            Map<String, String> record = CdrFiles.validRecord(CdrType.DATA);
            record.put("direction", "sideways");
            record.put("duration_s", "a while");
            record.put("amount_nok", "free");
            record.put("other_party", "somebody");

            ParsedCdr cdr = (ParsedCdr) parse(HEADER + "\n" + CdrFiles.line(record, COLUMNS, false)).get(0);

            assertThat(cdr.direction()).isNull();
            assertThat(cdr.otherParty()).isNull();
            assertThat(cdr.durationSeconds()).isZero();
            assertThat(cdr.amount()).isNull();
        }

        @Test
        void keepsAQuoteInsideAnUnquotedFieldAsText() {
            String csv = HEADER + "\n"
                    + "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,sa \"hei\"\n";

            assertThat(((ParsedCdr) parse(csv).get(0)).description()).isEqualTo("sa \"hei\"");
        }

        @Test
        void acceptsACdrIdOf64Characters() {
            Map<String, String> record = CdrFiles.validRecord(CdrType.SMS);
            record.put("cdr_id", "A".repeat(64));

            assertThat(parse(HEADER + "\n" + CdrFiles.line(record, COLUMNS, false)).get(0)).isInstanceOf(ParsedCdr.class);
        }
    }

    @ParameterizedTest(name = "{0} {1} ''{2}'': {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # type  | column          | value                     | reason
            VOICE   | cdr_id          |                           | cdr_id is required
            VOICE   | cdr_id          | a b                       | cdr_id must be 1–64 characters of A-Z a-z 0-9 . _ : -, was 'a b'
            VOICE   | cdr_id          | a/1                       | cdr_id must be 1–64 characters of A-Z a-z 0-9 . _ : -, was 'a/1'
            VOICE   | msisdn          |                           | msisdn is required
            VOICE   | msisdn          | +4722334455               | msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, was '+4722334455'
            VOICE   | msisdn          | +46701234567              | msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, was '+46701234567'
            VOICE   | msisdn          | 9123456                   | msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, was '9123456'
            VOICE   | msisdn          | 0091234567                | msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, was '0091234567'
            VOICE   | msisdn          | 912 34 56a                | msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, was '912 34 56a'
            VOICE   | type            |                           | type is required
            VOICE   | type            | FAX                       | type must be VOICE, SMS, MMS, DATA or CONTENT, was 'FAX'
            VOICE   | type            | voice                     | type must be VOICE, SMS, MMS, DATA or CONTENT, was 'voice'
            VOICE   | start_time      |                           | start_time is required
            VOICE   | start_time      | 2026-10-03T08:15:00       | start_time lacks an offset such as +02:00, was '2026-10-03T08:15:00'
            VOICE   | start_time      | 2026-02-30T08:15:00+01:00 | start_time must be ISO-8601 with offset, e.g. 2026-10-03T08:15:00+02:00, was '2026-02-30T08:15:00+01:00'
            VOICE   | start_time      | 2026-10-03T24:15:00+02:00 | start_time must be ISO-8601 with offset, e.g. 2026-10-03T08:15:00+02:00, was '2026-10-03T24:15:00+02:00'
            VOICE   | start_time      | 03.10.2026 08:15          | start_time must be ISO-8601 with offset, e.g. 2026-10-03T08:15:00+02:00, was '03.10.2026 08:15'
            VOICE   | direction       |                           | direction is required for VOICE
            SMS     | direction       |                           | direction is required for SMS
            MMS     | direction       | IN                        | direction must be MO or MT, was 'IN'
            VOICE   | other_party     |                           | other_party is required for VOICE
            SMS     | other_party     |                           | other_party is required for SMS
            MMS     | other_party     |                           | other_party is required for MMS
            CONTENT | other_party     |                           | other_party is required for CONTENT
            SMS     | other_party     | DNB                       | other_party must be 3–17 digits with an optional leading '+', was 'DNB'
            VOICE   | other_party     | 12                        | other_party must be 3–17 digits with an optional leading '+', was '12'
            VOICE   | other_party     | +47 22 33 44 55           | other_party must be 3–17 digits with an optional leading '+', was '+47 22 33 44 55'
            VOICE   | visited_country |                           | visited_country is required
            VOICE   | visited_country | XX                        | visited_country must be an ISO 3166-1 alpha-2 code of the country table, was 'XX'
            DATA    | visited_country | SWE                       | visited_country must be an ISO 3166-1 alpha-2 code of the country table, was 'SWE'
            VOICE   | duration_s      |                           | duration_s is required for VOICE
            VOICE   | duration_s      | 12.5                      | duration_s must be a whole number ≥ 0, was '12.5'
            VOICE   | duration_s      | -1                        | duration_s must be a whole number ≥ 0, was '-1'
            DATA    | volume_bytes    |                           | volume_bytes is required for DATA
            DATA    | volume_bytes    | 1e6                       | volume_bytes must be a whole number ≥ 0, was '1e6'
            DATA    | volume_bytes    | 9999999999999999999       | volume_bytes must be a whole number ≥ 0, was '9999999999999999999'
            CONTENT | amount_nok      |                           | amount_nok is required for CONTENT
            CONTENT | amount_nok      | 45,00                     | amount_nok must be a number ≥ 0 with '.' and at most 2 decimals, was '45,00'
            CONTENT | amount_nok      | -5.00                     | amount_nok must be a number ≥ 0 with '.' and at most 2 decimals, was '-5.00'
            CONTENT | amount_nok      | 4.555                     | amount_nok must be a number ≥ 0 with '.' and at most 2 decimals, was '4.555'
            CONTENT | amount_nok      | .50                       | amount_nok must be a number ≥ 0 with '.' and at most 2 decimals, was '.50'
            CONTENT | amount_nok      | 45.                       | amount_nok must be a number ≥ 0 with '.' and at most 2 decimals, was '45.'
            CONTENT | vat_rate        |                           | vat_rate is required for CONTENT
            CONTENT | vat_rate        | 15                        | vat_rate must be 25 or 0, was '15'
            CONTENT | provider        |                           | provider is required for CONTENT
            """)
    void rejectsAnInvalidFieldNamingIt(CdrType type, String column, String value, String reason) {
        Map<String, String> record = CdrFiles.validRecord(type);
        record.put(column, value == null ? "" : value);
        String line = CdrFiles.line(record, COLUMNS, false);

        List<CdrLine> lines = parse(HEADER + "\n" + line + "\n");

        String keptCdrId = column.equals("cdr_id") ? null : "a-1";
        assertThat(lines).containsExactly(new RejectedCdr(2, keptCdrId, reason, line));
    }

    @Test
    void rejectsBytesThatAreNotUtf8SayingWhereTheyStand() {
        // the decoder used to make them U+FFFD, silently: a Latin-1 description would have been rated so (#10.1)
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] line = "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,bl\u00e5b\u00e6r\n".getBytes(
                StandardCharsets.ISO_8859_1);

        List<CdrLine> lines = CdrFiles.parse(concat(header, line));

        assertThat(lines).containsExactly(new RejectedCdr(2, "a-1", "line is not valid UTF-8: byte 0xE5 at column 69",
                "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,bl\\xE5b\\xE6r"));
    }

    @Test
    void rejectsACdrIdLongerThan64CharactersShowingItsStart() {
        Map<String, String> record = CdrFiles.validRecord(CdrType.SMS);
        record.put("cdr_id", "A".repeat(65));

        assertThat(rejection(CdrFiles.line(record, COLUMNS, false)))
                .isEqualTo("cdr_id must be 1–64 characters of A-Z a-z 0-9 . _ : -, was '" + "A".repeat(40) + "…'");
    }

    @Nested
    class BrokenRecords {

        @Test
        void rejectsARecordWithTooFewOrTooManyFields() {
            String line = "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,";

            assertThat(rejection(line)).isEqualTo("record has 12 fields, the header has 13");
            assertThat(rejection(line + ",,")).isEqualTo("record has 14 fields, the header has 13");
        }

        @Test
        void rejectsTextAfterAClosingQuote() {
            String line = "a-1,\"+4791234567\"x,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,";

            List<CdrLine> lines = parse(HEADER + "\n" + line + "\n");

            assertThat(lines).containsExactly(new RejectedCdr(2, "a-1", "field 2 has text after its closing quote", line));
        }

        @Test
        void rejectsAQuotedFieldLeftOpenAtTheEndOfTheFile() {
            String line = "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,\"hei\n";

            assertThat(rejection(line)).isEqualTo("unterminated quoted field 13");
        }

        @Test
        void rejectsARecordTooLongToBeReal() {
            Map<String, String> record = CdrFiles.validRecord(CdrType.SMS);
            record.put("description", "x".repeat(IngestLimits.DEFAULT.maxLineBytes() + 1));

            assertThat(rejection(CdrFiles.line(record, COLUMNS, false)))
                    .isEqualTo("record is longer than 65536 bytes");
        }

        @Test
        void goesOnWithTheNextRecordAfterABrokenOne() {
            String csv = HEADER + "\n"
                    + "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT\n"
                    + "a-2,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,\n";

            assertThat(parse(csv)).extracting(line -> line.getClass().getSimpleName(), CdrLine::lineNumber)
                    .containsExactly(
                            tuple("RejectedCdr", 2),
                            tuple("ParsedCdr", 3));
        }
    }

    @Nested
    class BrokenHeaders {

        private static final String SMS = "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO";

        @Test
        void rejectsEveryRecordWhenTheHeaderLacksAColumnEveryRecordNeeds() {
            String csv = "cdr_id,msisdn,start_time,direction,other_party,visited_country\n"
                    + "a-1,+4791234567,2026-10-03T08:15:00+02:00,MT,91234567,NO\n"
                    + "a-2,+4791234567,2026-10-03T08:15:00+02:00,MT,91234567,NO\n";

            assertThat(parse(csv)).containsExactly(
                    new RejectedCdr(2, "a-1", "header lacks column type", "a-1,+4791234567,2026-10-03T08:15:00+02:00,MT,91234567,NO"),
                    new RejectedCdr(3, "a-2", "header lacks column type", "a-2,+4791234567,2026-10-03T08:15:00+02:00,MT,91234567,NO"));
        }

        @Test
        void namesEveryMissingColumn() {
            String csv = "cdr_id,start_time,direction,other_party,visited_country\n"
                    + "a-1,2026-10-03T08:15:00+02:00,MT,91234567,NO\n";

            assertThat(((RejectedCdr) parse(csv).get(0)).reason()).isEqualTo("header lacks columns msisdn, type");
        }

        @Test
        void rejectsEveryRecordWhenTheHeaderNamesAColumnTwice() {
            String csv = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,msisdn\n"
                    + SMS + ",+4791234567\n";

            assertThat(((RejectedCdr) parse(csv).get(0)).reason()).isEqualTo("header has column msisdn twice");
        }

        @Test
        void rejectsOnlyTheRecordsThatNeedAColumnTheHeaderLacks() {
            String csv = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country\n"
                    + SMS + "\n"
                    + "a-2,+4791234567,VOICE,2026-10-03T08:15:00+02:00,MO,91234567,NO\n";

            List<CdrLine> lines = parse(csv);

            assertThat(lines.get(0)).isInstanceOf(ParsedCdr.class);
            assertThat(((RejectedCdr) lines.get(1)).reason()).isEqualTo("header lacks column duration_s, required for VOICE");
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String rejection(String line) {
        List<CdrLine> lines = parse(HEADER + "\n" + line);
        assertThat(lines).hasSize(1).first().isInstanceOf(RejectedCdr.class);
        return ((RejectedCdr) lines.get(0)).reason();
    }
}
