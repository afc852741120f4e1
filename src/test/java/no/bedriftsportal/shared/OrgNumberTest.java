package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgNumberTest {

    /** Weights 3,2,7,6,5,4,3,2 over the first eight digits; check = 11 − sum mod 11 (11 → 0). */
    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
            "923609016", // 9·3+2·2+3·7+6·6+0·5+9·4+0·3+1·2 = 126; 126 mod 11 = 5; 11 − 5 = 6
            "974760673", // a public body's number
            "981566378"})
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(OrgNumber.parse(number)).map(OrgNumber::value).contains(number);
    }

    @ParameterizedTest(name = "''{0}'' is invalid")
    @NullAndEmptySource
    @ValueSource(strings = {"923609017", "912345675", "92360901", "9236090160", "92360901a", "000000001", "abcdefghi"})
    void refusesMalformedNumbersAndWrongCheckDigits(String number) {
        assertThat(OrgNumber.parse(number)).isEmpty();
    }

    @Test
    void aRemainderOfOneGivesNoValidNumber() {
        // 1·3 + 3·3 = 12; 12 mod 11 = 1 → check digit 10, which does not exist
        assertThat(OrgNumber.checkDigit("10000030")).isNull();
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(OrgNumber.parse("10000030" + digit)).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"923 609 016, 923609016", "923609016, 923609016"})
    void readsSpacedNumbersAndShowsThemSpaced(String input, String value) {
        OrgNumber orgNumber = OrgNumber.parse(input).orElseThrow();
        assertThat(orgNumber.value()).isEqualTo(value);
        assertThat(orgNumber.display()).isEqualTo("923 609 016");
    }
}
