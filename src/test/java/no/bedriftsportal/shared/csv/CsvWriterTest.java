package no.bedriftsportal.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV a Norwegian Excel opens as it is: BOM, semicolons, decimal comma, dd.MM.yyyy, formula-safe text. */
class CsvWriterTest {

    @Test
    void aFileStartsWithTheByteOrderMarkAndSeparatesFieldsWithSemicolonsAndLinesWithCrlf() {
        byte[] file = write(csv -> csv.header(List.of("Navn", "Beløp")).row("Åse Ødegård", new BigDecimal("1234.50")));

        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFNavn;Beløp\r\nÅse Ødegård;1234,50\r\n");
    }

    @Test
    void numbersHaveADecimalCommaNoGroupingAndAPlainMinusSoThatExcelReadsThemAsNumbers() {
        assertThat(CsvWriter.field(new BigDecimal("-1234567.89"))).isEqualTo("-1234567,89");
        assertThat(CsvWriter.field(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvWriter.field(42L)).isEqualTo("42");
        assertThat(CsvWriter.field(0.5)).isEqualTo("0,5");
    }

    @Test
    void datesAreDayMonthYearAndTimesNorwegian() {
        assertThat(CsvWriter.field(LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
        assertThat(CsvWriter.field(Instant.parse("2026-07-01T10:15:00Z"))).isEqualTo("01.07.2026 12:15");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void textWithASeparatorQuoteOrLineBreakIsQuoted() {
        assertThat(CsvWriter.field("Salg; Oslo")).isEqualTo("\"Salg; Oslo\"");
        assertThat(CsvWriter.field("Bølgen \"og\" Søn")).isEqualTo("\"Bølgen \"\"og\"\" Søn\"");
        assertThat(CsvWriter.field("linje 1\nlinje 2")).isEqualTo("\"linje 1\nlinje 2\"");
        assertThat(CsvWriter.field("Drift, Bergen")).isEqualTo("Drift, Bergen");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+47 912 34 567")).isEqualTo("'+47 912 34 567");
        assertThat(CsvWriter.field("-Drift")).isEqualTo("'-Drift");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.field("Salg")).isEqualTo("Salg");
        assertThat(CsvWriter.field("")).isEmpty();
    }

    private static byte[] write(java.util.function.Consumer<CsvWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out)) {
            content.accept(csv);
        }
        return out.toByteArray();
    }
}
