package no.bedriftsportal.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.bedriftsportal.shared.Luhn;

/** The IMEI's Luhn check digit (DOMAIN-RULES, E1) with known vectors. */
class ImeiTest {

    @ParameterizedTest
    @ValueSource(strings = {"490154203237518", "356938035643809", "352099001761481", "49-015420-323751-8", " 4901 5420 3237 518 "})
    void acceptsValidImeis(String text) {
        assertThat(Imei.parse(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"490154203237517", "356938035643800", "49015420323751", "4901542032375180", "49015420323751X", ""})
    void refusesWrongCheckDigitsAndLengths(String text) {
        assertThat(Imei.parse(text)).isEmpty();
    }

    @Test
    void checkDigitOfKnownPayloads() {
        assertThat(Luhn.checkDigit("49015420323751")).isEqualTo(8);
        assertThat(Luhn.checkDigit("35693803564380")).isEqualTo(9);
    }

    @Test
    void keepsOnlyTheDigits() {
        assertThat(Imei.parse("49-015420-323751-8")).hasValueSatisfying(imei -> assertThat(imei.value()).isEqualTo("490154203237518"));
        assertThatThrownBy(() -> new Imei("490154203237517")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Imei.parse(null)).isEmpty();
    }
}
