package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MsisdnTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "91234567        | +4791234567",
            "912 34 567      | +4791234567",
            "+4791234567     | +4791234567",
            "+47 912 34 567  | +4791234567",
            "0047 91234567   | +4791234567",
            "4791234567      | +4791234567",
            "41234567        | +4741234567",
            "412-34-567      | +4741234567",
            "(+47) 41 23 45 67 | +4741234567"})
    void readsWhatPeopleWrite(String input, String e164) {
        assertThat(Msisdn.parse(input)).contains(new Msisdn(e164));
    }

    @ParameterizedTest(name = "''{0}'' is not a Norwegian mobile number")
    @NullAndEmptySource
    @ValueSource(strings = {"22334455", "51234567", "9123456", "912345678", "+4622334455", "+46701234567",
            "abcdefgh", "9123456a", "+47 22 33 44 55", "0091234567", "4912345678"})
    void refusesEverythingElse(String input) {
        assertThat(Msisdn.parse(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91234567", "+4722334455", "+479123456"})
    void theConstructorTakesOnlyE164(String value) {
        assertThatThrownBy(() -> new Msisdn(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"+4791234567, 91234567, 912 34 567", "+4740000001, 40000001, 400 00 001"})
    void showsTheNorwegianWay(String e164, String national, String display) {
        Msisdn msisdn = new Msisdn(e164);
        assertThat(msisdn.national()).isEqualTo(national);
        assertThat(msisdn.display()).isEqualTo(display);
    }
}
