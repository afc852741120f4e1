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
