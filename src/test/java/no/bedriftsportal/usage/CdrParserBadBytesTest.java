package no.bedriftsportal.usage;

import static no.bedriftsportal.usage.CdrFiles.COLUMNS;
import static no.bedriftsportal.usage.CdrFiles.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #10.1: bytes that are not text reject the record they stand in, with where they stand,
 * and the rest of the file goes through; the rejected line is kept escaped and bounded.
 */
class CdrParserBadBytesTest {

    private static final String GOOD = "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,";

    @Test
    void aNulByteRejectsItsRecordWithItsColumnAndTheRestIsParsed() {
        // the description field starts at column 67; its third byte is the NUL
        byte[] file = bytes(HEADER + "\n" + GOOD + "\n",
                "a-2,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,pa\0rk\n",
                GOOD.replace("a-1", "a-3") + "\n");

        List<CdrLine> lines = CdrFiles.parse(file);

        assertThat(lines).extracting(line -> line.getClass().getSimpleName())
                .containsExactly("ParsedCdr", "RejectedCdr", "ParsedCdr");
        RejectedCdr nul = (RejectedCdr) lines.get(1);
        assertThat(nul.lineNumber()).isEqualTo(3);
        assertThat(nul.cdrId()).isEqualTo("a-2");
        assertThat(nul.reason()).isEqualTo("line contains a NUL byte (0x00) at column 69");
        assertThat(nul.rawLine()).isEqualTo("a-2,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,pa\\x00rk");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                         | bytes of the provider field (hex) | reason
            a byte that is never UTF-8     | 45 61 73 79 FF                    | line is not valid UTF-8: byte 0xFF at column 75
            Latin-1 ø                      | 4E F8 72 64                       | line is not valid UTF-8: byte 0xF8 at column 72
            a sequence cut off             | 4E C3                             | line is not valid UTF-8: byte 0xC3 at column 72
            an overlong slash              | C0 AF                             | line is not valid UTF-8: byte 0xC0 at column 71
            a surrogate                    | ED A0 80                          | line is not valid UTF-8: byte 0xED at column 71
            past U+10FFFF                  | F4 90 80 80                       | line is not valid UTF-8: byte 0xF4 at column 71
            a stray continuation byte      | 41 80                             | line is not valid UTF-8: byte 0x80 at column 72
            escape                         | 41 1B 5B                          | line contains a control character (0x1B) at column 72
            DEL                            | 41 7F                             | line contains a control character (0x7F) at column 72
            a C1 control (NEL)             | 41 C2 85                          | line contains a control character (U+0085) at column 72
            a tab outside quotes           | 41 09 42                          | line contains a tab (0x09) outside quotes at column 72
            a carriage return in a field   | 41 0D 42                          | line contains a carriage return (0x0D) that does not end the line at column 72
            """)
    void bytesThatAreNotTextRejectTheRecord(String what, String hex, String reason) {
        // a CONTENT record: ..., provider is the 12th field and starts at column 71
        String before = "a-1,+4791234567,CONTENT,2026-10-04T12:00:00+02:00,,2020,NO,,,45.00,25,";
        assertThat(before.length() + 1).isEqualTo(71);
        byte[] file = bytes(HEADER + "\n" + before, hex(hex), ",parkering\n");

        List<CdrLine> lines = CdrFiles.parse(file);

        assertThat(lines).singleElement().isInstanceOf(RejectedCdr.class);
        assertThat(((RejectedCdr) lines.get(0)).reason()).isEqualTo(reason);
    }

    @Test
    void validUtf8AndATabInsideQuotesAreText() {
        Map<String, String> record = CdrFiles.validRecord(CdrType.CONTENT);
        record.put("provider", "Ruter – Oslo 🚇");
        record.put("description", "billett\tsone 1");

        ParsedCdr cdr = (ParsedCdr) CdrFiles.parse(HEADER + "\n" + CdrFiles.line(record, COLUMNS, true) + "\n").get(0);

        assertThat(cdr.provider()).isEqualTo("Ruter – Oslo 🚇");
        assertThat(cdr.description()).isEqualTo("billett\tsone 1");
    }

    @Test
    void aBadByteOnALaterLineOfAQuotedFieldNamesThatLine() {
        String record = "a-1,+4791234567,CONTENT,2026-10-04T12:00:00+02:00,,2020,NO,,,45.00,25,EasyPark,\"first\nse\u0001cond\"";

        RejectedCdr rejected = (RejectedCdr) CdrFiles.parse(HEADER + "\n" + record + "\n").get(0);

        assertThat(rejected.reason()).isEqualTo("line contains a control character (0x01) at line 3, column 3");
        assertThat(rejected.rawLine()).endsWith("\"first\nse\\x01cond\"");
    }

    @Test
    void anEscapedLineKeepsItsBackslashesApartFromItsEscapes() {
        byte[] file = bytes(HEADER + "\n", "a-1,+4791234567,SMS,2026-10-03T08:15:00+02:00,MT,91234567,NO,,,,,,C:\\x00\0\n");

        assertThat(((RejectedCdr) CdrFiles.parse(file).get(0)).rawLine()).endsWith(",C:\\\\x00\\x00");
    }

    @Test
    void aBadHeaderRejectsEveryRecordSayingSo() {
        byte[] file = bytes("cdr_id,msi\0sdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n", GOOD + "\n", GOOD.replace("a-1", "a-2") + "\n");

        List<CdrLine> lines = CdrFiles.parse(file);

        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(((RejectedCdr) line).reason())
                .isEqualTo("header: line contains a NUL byte (0x00) at column 11"));
    }

    @Test
    void aRecordPastTheLineLimitIsRejectedAndKeptCutShort() {
        Map<String, String> record = CdrFiles.validRecord(CdrType.SMS);
        record.put("description", "x".repeat(IngestLimits.DEFAULT.maxLineBytes()));
        String line = CdrFiles.line(record, COLUMNS, false);

        List<CdrLine> lines = CdrFiles.parse(HEADER + "\n" + line + "\n" + GOOD + "\n");

        RejectedCdr rejected = (RejectedCdr) lines.get(0);
        assertThat(rejected.reason()).isEqualTo("record is longer than 65536 bytes");
        assertThat(rejected.rawLine()).startsWith(line.substring(0, 100))
                .endsWith("… [cut: " + line.length() + " bytes in all]").hasSizeLessThan(RawLines.KEPT_BYTES + 40);
        assertThat(lines.get(1)).isInstanceOf(ParsedCdr.class);
    }

    @Test
    void aFileOfRandomBytesGivesRejectionsNeverAnError() throws Exception {
        Random random = new Random(101);
        for (int file = 0; file < 50; file++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            if (bytes.length > 1 && bytes[0] == 0x1f) {
                bytes[0] = 0; // gzip's magic: that is another test
            }
            List<CdrLine> lines = CdrFiles.parse(bytes);
            assertThat(lines).allSatisfy(line -> assertThat(line).isInstanceOf(RejectedCdr.class));
            for (CdrLine line : lines) {
                String raw = ((RejectedCdr) line).rawLine();
                assertThat(raw).as("kept as text PostgreSQL can hold").doesNotContain("\0");
                assertThat(raw.getBytes(StandardCharsets.UTF_8).length).isLessThan(4 * RawLines.KEPT_BYTES + 40);
            }
        }
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] raw ? raw : ((String) part).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] hex(String hex) {
        String[] pairs = hex.trim().split(" ");
        byte[] bytes = new byte[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            bytes[i] = (byte) Integer.parseInt(pairs[i], 16);
        }
        return bytes;
    }
}
