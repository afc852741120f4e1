package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/payroll-files.md: each layout byte for byte against a hand-written file in src/test/resources/payroll/. */
class PayrollFilesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** A deduction, a benefit, a negative correction, Norwegian letters, and texts that try to break out. */
    private static final List<PayrollLine> LINES = List.of(
            new PayrollLine("1001", "Kari Nordmann", "5100", new BigDecimal("1068.63"), MARCH,
                    "Lønnstrekk mobil mars 2026"),
            new PayrollLine("1002", "Øystein Ås", "5200", new BigDecimal("70.00"), MARCH,
                    "Fordel innholdstjenester mars 2026"),
            new PayrollLine("1003", "Åse Bjørnstad-Ødegård", "5100", new BigDecimal("-20"), MARCH,
                    "Korreksjon februar 2026"),
            new PayrollLine("42", "=cmd|' /C calc'!A0", "5100", new BigDecimal("0.05"), MARCH,
                    "-2+3;\r\n=SUM(A1) \"x\""));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "VISMA_LONN,     visma-lonn.txt",
            "TRIPLETEX,      tripletex.csv",
            "HULDT_LILLEVIK, huldt-lillevik.txt",
            "CSV,            plain.csv",
    })
    void writesEachLayoutByteForByte(PayrollFormat format, String expectedFile) throws IOException {
        byte[] expected = resource(expectedFile);

        byte[] written = PayrollFiles.write(format, LINES);

        // compared as text first for a readable difference, then as bytes
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "VISMA_LONN,     lonnstrekk-2026-03-visma.txt",
            "TRIPLETEX,      lonnstrekk-2026-03-tripletex.csv",
            "HULDT_LILLEVIK, lonnstrekk-2026-03-huldt-lillevik.txt",
            "CSV,            lonnstrekk-2026-03.csv",
    })
    void fileNames(PayrollFormat format, String name) {
        assertThat(PayrollFiles.fileName(format, MARCH)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}: employee number «{1}», pay type «{2}» refused")
    @CsvSource(nullValues = "-", value = {
            "VISMA_LONN,     -,       5100",
            "TRIPLETEX,      ' ',     5100",
            "CSV,            1001,    -",
            "VISMA_LONN,     A-17,    5100",
            "VISMA_LONN,     1001,    51;00",
            "HULDT_LILLEVIK, 1234567, 5100",
            "HULDT_LILLEVIK, 1001,    510000",
            "HULDT_LILLEVIK, 10 01,   5100",
    })
    void refusesALineTheLayoutCannotHold(PayrollFormat format, String employeeNumber, String payType) {
        List<PayrollLine> lines = List.of(new PayrollLine(employeeNumber, "Kari Nordmann", payType,
                new BigDecimal("10.00"), MARCH, "Lønnstrekk"));

        assertThatThrownBy(() -> PayrollFiles.write(format, lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Kari Nordmann");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"99999999.99, true", "100000000.00, false", "-9999999.99, true", "-10000000.00, false"})
    void huldtLillevikAmountsMustFitTheirFields(BigDecimal amount, boolean fits) {
        List<PayrollLine> lines = List.of(new PayrollLine("1", "Kari Nordmann", "1", amount, MARCH, "x"));

        if (fits) {
            assertThat(PayrollFiles.write(PayrollFormat.HULDT_LILLEVIK, lines)).hasSize(166);
        } else {
            assertThatThrownBy(() -> PayrollFiles.write(PayrollFormat.HULDT_LILLEVIK, lines))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource({
            "'=HYPERLINK(\"http://x\")', 'HYPERLINK( http://x )'",
            "'+47 22 33 44 55',          '47 22 33 44 55'",
            "'@SUM(1)',                  'SUM(1)'",
            "'- -=trekk',                'trekk'",
            "'Lønn; mars',               'Lønn  mars'",
            "'Bjørn-Åge',                'Bjørn-Åge'",
    })
    void unquotedFieldsCannotBreakARowOrRunAFormula(String text, String safe) {
        assertThat(PayrollFiles.unquoted(text)).isEqualTo(safe);
    }

    @Test
    void anEmptyListWritesOnlyTheHeader() {
        assertThat(new String(PayrollFiles.write(PayrollFormat.TRIPLETEX, List.of()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFYEAR;MONTH;EMPLOYEE NUMBER;WAGE TYPE NUMBER;COMMENT;QUANTITY;RATE;PROJECT NUMBER;"
                        + "DEPARTMENT NUMBER\r\n");
        assertThat(PayrollFiles.write(PayrollFormat.VISMA_LONN, List.of())).isEmpty();
        assertThat(PayrollFiles.write(PayrollFormat.HULDT_LILLEVIK, List.of())).isEmpty();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PayrollFilesTest.class.getResourceAsStream("/payroll/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
