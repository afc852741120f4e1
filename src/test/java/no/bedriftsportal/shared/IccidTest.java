package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IccidTest {

    /**
     * Luhn over the whole number: from the right, every second digit doubled (minus 9 above 9), the
     * sum a multiple of 10. Only the non-zero digits count in the first two.
     */
    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
            "89470000000000000009",  // 20 digits: 8·2→7, 9, 4·2→8, 7 = 31; + 9 = 40
            "8947000000000000004",   // 19 digits: 8, 9·2→9, 4, 7·2→5 = 26; + 4 = 30
            "89014103211118510720",  // a card number often printed as the example (AT&T, USA)
            "8944110068256270054"})  // 19 digits (UK)
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(Iccid.parse(number)).map(Iccid::value).contains(number);
    }

    @ParameterizedTest(name = "''{0}'' is invalid")
    @NullAndEmptySource
    @ValueSource(strings = {
            "89470000000000000006",   // the check digit should be 9
            "89014103211118510270",   // 89014103211118510720 with two neighbours swapped (Luhn misses only 09 ↔ 90)
            "8947000000000000009",    // 19 digits, the 20-digit check
            "894700000000000004",     // 18 digits
            "894700000000000000009",  // 21 digits
            "99470000000000000007",   // Luhn-valid (9·2→9, 9, 4·2→8, 7 = 33; + 7 = 40) but not 89
            "8947000000000000000A",
            "+89470000000000000009"})
    void refusesWrongLengthsPrefixesAndCheckDigits(String number) {
        assertThat(Iccid.parse(number)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"8947 0000 0000 0000 0009", "' 8947-0000-0000-0000-0009 '", "8947 00 000000000000 09"})
    void readsTheNumberAsPrintedOnTheCard(String input) {
        assertThat(Iccid.parse(input)).map(Iccid::value).contains("89470000000000000009");
    }

    @Test
    void makesTheCheckDigitForNumbersOfItsOwn() {
        assertThat(Iccid.withCheckDigit("8947000000000000000").value()).isEqualTo("89470000000000000009");
        assertThat(Iccid.withCheckDigit("894700000000000000").value()).isEqualTo("8947000000000000004");
        assertThat(Iccid.withCheckDigit("8901410321111851072").value()).isEqualTo("89014103211118510720");
        assertThatThrownBy(() -> Iccid.withCheckDigit("9947000000000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Iccid("89470000000000000006")).isInstanceOf(IllegalArgumentException.class);
    }
}
