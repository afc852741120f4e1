package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskedNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+4722334455 | +4722334•••",
            "91234567    | 91234•••",
            "+46701234567| +46701234•••",
            "1881        | 1881",
            "02800       | 02800",
            "80012345    | 80012•••"})
    void hidesTheLastThreeDigitsOfPeoplesNumbers(String number, String shown) {
        assertThat(MaskedNumber.mask(number)).isEqualTo(shown);
    }
}
