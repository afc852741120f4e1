package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OcrGiroParserTest {

    /** Hand-laid fixture: 17 lines, 2 assignments, 5 payments, one with an amount item 3. */
    private static final String GOOD_FILE = "ocr-giro-two-assignments.txt";

    @Test
    void reads_a_good_file() throws IOException {
        OcrGiroFile file = OcrGiroParser.parse(new ByteArrayInputStream(goodFile()));

        assertThat(file.transmissionNumber()).isEqualTo("0170031");
        assertThat(file.assignments()).extracting(OcrAssignment::agreementId, OcrAssignment::assignmentNumber,
                        OcrAssignment::assignmentAccount, OcrAssignment::total)
                .containsExactly(
                        Tuple.tuple("001008566", "0000001", "15030412345", new BigDecimal("2283.50")),
                        Tuple.tuple("001008566", "0000002", "15030498765", new BigDecimal("12445.67")));
        assertThat(file.payments()).containsExactly(
                new OcrPayment(1, LocalDate.of(2026, 12, 14), new BigDecimal("1234.50"), "1000123400000012", "12345678903", "13"),
                new OcrPayment(2, LocalDate.of(2026, 12, 14), new BigDecimal("999.00"), "0000471120260016", "98765432109", "10"),
                new OcrPayment(3, LocalDate.of(2026, 12, 15), new BigDecimal("50.00"), "", "", "21"),
                new OcrPayment(1, LocalDate.of(2026, 12, 16), new BigDecimal("12345.67"), "602243", "", "12"),
                new OcrPayment(2, LocalDate.of(2026, 12, 17), new BigDecimal("100.00"), "12343", "11112233334", "12"));
    }

    @Test
    void accepts_windows_line_ends() throws IOException {
        byte[] crlf = new String(goodFile(), StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(OcrGiroParser.parse(new ByteArrayInputStream(crlf)).payments()).hasSize(5);
    }

    @Test
    void reads_a_reversal_as_a_negative_amount() throws IOException {
        // payment 2 (line 5, 999.00) becomes a reversal; the totals in 88 and 89 drop by 2 × 999.00
        byte[] file = edit(
                lines -> replace(lines, 5, 32, "-"),
                lines -> replace(lines, 10, 25, "%017d".formatted(228350 - 2 * 99900)),
                lines -> replace(lines, 17, 25, "%017d".formatted(1472917 - 2 * 99900)));

        assertThat(OcrGiroParser.parse(new ByteArrayInputStream(file)).payments().get(1).amount())
                .isEqualByComparingTo("-999.00");
    }

    static Stream<Arguments> broken_files() {
        return Stream.of(
                Arguments.of("bad total in 88",
                        edit(lines -> replace(lines, 10, 25, "%017d".formatted(228351))),
                        10, "states a total of 228351 øre, the assignment's payments add up to 228350"),
                Arguments.of("bad transaction count in 88",
                        edit(lines -> replace(lines, 16, 9, "00000003")),
                        16, "states 3 transactions, the assignment has 2"),
                Arguments.of("bad record count in 88",
                        edit(lines -> replace(lines, 10, 17, "00000008")),
                        10, "states 8 records, the assignment has 9"),
                Arguments.of("bad transaction count in 89",
                        edit(lines -> replace(lines, 17, 9, "00000004")),
                        17, "states 4 transactions, the transmission has 5"),
                Arguments.of("bad record count in 89",
                        edit(lines -> replace(lines, 17, 17, "00000016")),
                        17, "states 16 records, the transmission has 17"),
                Arguments.of("bad total in 89",
                        edit(lines -> replace(lines, 17, 25, "%017d".formatted(1472900))),
                        17, "states a total of 1472900 øre, the transmission's payments add up to 1472917"),
                Arguments.of("wrong line length",
                        edit(lines -> lines.set(3, lines.get(3) + "0")),
                        4, "line is 81 characters long, expected 80"),
                Arguments.of("non-digit amount",
                        edit(lines -> replace(lines, 12, 33, "00000000001234S67")),
                        12, "amount is not 17 digits"),
                Arguments.of("unknown record type",
                        edit(lines -> replace(lines, 6, 7, "35")),
                        6, "unknown record type '35'"),
                Arguments.of("not a date",
                        edit(lines -> replace(lines, 3, 16, "311126")),
                        3, "nets date is not a date DDMMYY: 311126"),
                Arguments.of("amount item 2 of another transaction",
                        edit(lines -> replace(lines, 4, 9, "0000009")),
                        4, "amount item belongs to another transaction than line 3"),
                Arguments.of("amount item 1 without its item 2",
                        edit(lines -> lines.remove(3)),
                        4, "expected record type 31 (amount item 2), found 30 (amount item 1)"),
                Arguments.of("missing end of transmission",
                        edit(lines -> lines.remove(16)),
                        16, "file ends before record type 89 (end of transmission)"),
                Arguments.of("record after the end",
                        edit(lines -> lines.add(lines.get(0))),
                        18, "record after the end of the transmission"),
                Arguments.of("line not starting with NY",
                        edit(lines -> replace(lines, 2, 1, "NX")),
                        2, "line does not start with format code NY"),
                Arguments.of("KID not right-aligned",
                        edit(lines -> replace(lines, 12, 50, "602243" + " ".repeat(19))),
                        12, "KID is not right-aligned digits"),
                Arguments.of("empty line inside the file",
                        edit(lines -> lines.add(5, "")),
                        6, "line is 0 characters long, expected 80"),
                Arguments.of("a transaction number twice in an assignment",
                        edit(lines -> replace(lines, 5, 9, "0000001"), lines -> replace(lines, 6, 9, "0000001")),
                        5, "transaction number 1 was used before in the assignment, at line 3"),
                Arguments.of("an assignment number twice in the file",
                        edit(lines -> replace(lines, 11, 18, "0000001")),
                        11, "assignment number 0000001 was used before, at line 2"),
                Arguments.of("a binary file without line ends",
                        new byte[100_000],
                        1, "line is more than 81 characters long, expected 80"),
                Arguments.of("empty file",
                        new byte[0],
                        1, "the file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken_files")
    void refuses_the_whole_file(String problem, byte[] file, int expectedLine, String expectedReason) {
        OcrFileRejected rejected = catchThrowableOfType(OcrFileRejected.class,
                () -> OcrGiroParser.parse(new ByteArrayInputStream(file)));

        assertThat(rejected).as(problem).isNotNull();
        assertThat(rejected.lineNumber()).as(problem).isEqualTo(expectedLine);
        assertThat(rejected.reason()).as(problem).contains(expectedReason);
        assertThat(rejected.getMessage()).startsWith("OCR file rejected at line " + expectedLine + ": ");
    }

    static byte[] goodFile() {
        try (InputStream in = OcrGiroParserTest.class.getResourceAsStream(GOOD_FILE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] edit(LineEdit... edits) {
        List<String> lines = new ArrayList<>(new String(goodFile(), StandardCharsets.ISO_8859_1).lines().toList());
        for (LineEdit edit : edits) {
            edit.apply(lines);
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Overwrites text at a 1-based line and 1-based position, as the Nets specification counts. */
    private static void replace(List<String> lines, int lineNumber, int position, String text) {
        String line = lines.get(lineNumber - 1);
        lines.set(lineNumber - 1, line.substring(0, position - 1) + text + line.substring(position - 1 + text.length()));
    }

    @FunctionalInterface
    private interface LineEdit {
        void apply(List<String> lines);
    }
}
