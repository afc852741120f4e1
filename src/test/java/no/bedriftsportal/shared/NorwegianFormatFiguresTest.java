package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianFormatFiguresTest {

    /** Expected values are written with '_' for the no-break space. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12345.67   | 12_345,67
            0          | 0,00
            0.5        | 0,50
            1234567.8  | 1_234_567,80
            -20        | −20,00
            """)
    void decimals(String amount, String expected) {
        assertThat(NorwegianFormat.decimal(new BigDecimal(amount))).isEqualTo(nbsp(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            312        | 312
            37.5       | 37,5
            1534.217   | 1_534,217
            1.000      | 1
            """)
    void quantity(String quantity, String expected) {
        assertThat(NorwegianFormat.quantity(new BigDecimal(quantity))).isEqualTo(nbsp(expected));
    }

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | 0:00
            45     | 0:45
            907    | 15:07
            3599   | 59:59
            3600   | 1:00:00
            4507   | 1:15:07
            -907   | −15:07
            """)
    void durationsAreMinutesAndSecondsOrHoursMinutesAndSeconds(long seconds, String expected) {
        assertThat(NorwegianFormat.duration(seconds)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} bytes → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | 0_MB
            8500000          | 8,5_MB
            512000000        | 512_MB
            999499999        | 999_MB
            999500000        | 1,0_GB
            12982056000      | 13,0_GB
            12700000000      | 12,7_GB
            1234000000000    | 1_234_GB
            -512000000       | −512_MB
            """)
    void dataVolumesAreMegabytesOrGigabytesWithASensiblePrecision(long bytes, String expected) {
        assertThat(NorwegianFormat.dataVolume(bytes)).isEqualTo(nbsp(expected));
    }

    @ParameterizedTest(name = "{0} {1} → {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            15.117     | min | 2026-10-01 | 15:07          | 15:07
            75.117     | min | 2026-10-01 | 1:15:07        | 1:15:07
            12982.056  | MB  | 2026-10-01 | 13,0_GB        | 13,0_GB
            0.5        | MB  | 2026-10-01 | 0,5_MB         | 0,5_MB
            0.097      | mnd | 2026-10-29 | 3 av 31 dager  | 3 of 31 days
            -0.097     | mnd | 2026-10-29 | −3 av 31 dager | −3 of 31 days
            1          | mnd | 2026-10-01 | 1_mnd          | 1_mo.
            12         | stk | 2026-10-01 | 12_stk         | 12_stk
            """)
    void invoiceQuantitiesReadAsAPersonReadsThemInBothLanguages(String quantity, String unit, String start, String norwegian,
            String english) {
        LocalDate first = LocalDate.parse(start);
        LocalDate last = unit.equals("mnd") && !quantity.equals("1") ? first.plusDays(2) : first.withDayOfMonth(first.lengthOfMonth());
        assertThat(NorwegianFormat.lineQuantity(new BigDecimal(quantity), unit, first, last, false)).isEqualTo(nbsp(norwegian));
        assertThat(NorwegianFormat.lineQuantity(new BigDecimal(quantity), unit, first, last, true)).isEqualTo(nbsp(english));
    }

    @Test
    void dates_accounts_and_numbers() {
        assertThat(NorwegianFormat.date(LocalDate.of(2027, 1, 5))).isEqualTo("05.01.2027");
        assertThat(NorwegianFormat.period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEqualTo("01.12.2026–31.12.2026");
        assertThat(NorwegianFormat.period(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))).isEqualTo("07.12.2026");
        assertThat(NorwegianFormat.bankAccount("12345678903")).isEqualTo("1234.56.78903");
        assertThat(NorwegianFormat.orgNumber("923609016")).isEqualTo(nbsp("923_609_016"));
        assertThat(NorwegianFormat.msisdn("+4791234567")).isEqualTo(nbsp("912_34_567"));
        assertThat(NorwegianFormat.msisdn("+46701234567")).isEqualTo("+46701234567");
    }

    private static String nbsp(String text) {
        return text.replace('_', NorwegianFormat.GROUP_SEPARATOR);
    }
}
