package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KidTest {

    @ParameterizedTest(name = "{0}: MOD10 → {1}, MOD11 → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # payload | with MOD10 | with MOD11 | worked sums (from the right)
            60224     | 602243     | 602248     | MOD10 4·2+2·1+2·2+0·1+(6·2→1+2)=17 → 3;  MOD11 4·2+2·3+2·4+0·5+6·6=58, 58 mod 11=3 → 8
            1234      | 12344      | 12343      | MOD10 8+3+4+1=16 → 4;                     MOD11 8+9+8+5=30, 30 mod 11=8 → 3
            6         | 67         | 6-         | MOD10 6·2=12 → 1+2=3 → 7;                 MOD11 12 mod 11=1 → 10 → '-'
            0000      | 00000      | 00000      | sums 0 → 0 (MOD11: 11 → 0)
            """)
    void check_digits(String payload, String withMod10, String withMod11, String workedSums) {
        assertThat(payload + Kid.mod10CheckDigit(payload)).isEqualTo(withMod10);
        assertThat(payload + Kid.mod11CheckDigit(payload)).isEqualTo(withMod11);
    }

    @Test
    void mod10_appends_the_luhn_check_digit() {
        assertThat(Kid.mod10("60224").value()).isEqualTo("602243");
        assertThat(Kid.mod10("1234").value()).isEqualTo("12344");
    }

    @ParameterizedTest(name = "{0}: MOD10 {1}, MOD11 {2}, accepted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # kid                      | MOD10 | MOD11 | accepted
            602243                     | true  | false | true
            12344                      | true  | false | true
            12343                      | false | true  | true
            602248                     | false | true  | true
            12345                      | false | false | false
            1234000000000000000000003  | false | false | false
            123400000000000000000000-  | false | false | false
            # right check digits, but shorter than 4
            67                         | false | false | false
            6-                         | false | false | false
            12a44                      | false | false | false
            1234-                      | false | false | false
            '-2344'                    | false | false | false
            """)
    void validates_check_digit_length_and_characters(String kid, boolean mod10, boolean mod11, boolean accepted) {
        assertThat(Kid.isValidMod10(kid)).as("MOD10").isEqualTo(mod10);
        assertThat(Kid.isValidMod11(kid)).as("MOD11").isEqualTo(mod11);
        assertThat(Kid.isValid(kid)).as("accepted").isEqualTo(accepted);
    }

    @Test
    void accepts_up_to_25_characters() {
        Kid longest = Kid.mod10("1".repeat(24));

        assertThat(longest.value()).hasSize(25);
        assertThat(Kid.isValid(longest.value())).isTrue();
        assertThat(Kid.isValid(longest.value() + "0")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12", "1234567890123456789012345", "12 34"})
    void refuses_payloads_that_give_no_valid_kid(String payload) {
        assertThatIllegalArgumentException().isThrownBy(() -> Kid.mod10(payload));
    }

    @Test
    void the_value_type_refuses_an_invalid_kid() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Kid("12345"));
        assertThat(new Kid("12343").value()).isEqualTo("12343");
    }

    @ParameterizedTest(name = "customer {0}, invoice {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # customer | invoice  | KID: customer (8) + invoice (7) + MOD10
            10001234   | 1        | 1000123400000012
            4711       | 2026001  | 0000471120260016
            99999999   | 9999999  | 9999999999999995
            """)
    void for_invoice_has_a_fixed_layout(String customerNumber, long invoiceNumber, String expected) {
        Kid kid = Kid.forInvoice(customerNumber, invoiceNumber);

        assertThat(kid.value()).isEqualTo(expected).hasSize(16);
        assertThat(Kid.isValidMod10(kid.value())).isTrue();
    }

    @Test
    void for_invoice_is_unique_per_invoice() {
        assertThat(Kid.forInvoice("1", 23)).isNotEqualTo(Kid.forInvoice("12", 3));
        assertThat(Kid.forInvoice("4711", 1)).isNotEqualTo(Kid.forInvoice("4711", 2));
        assertThat(Kid.forInvoice("4711", 1)).isEqualTo(Kid.forInvoice("4711", 1));
    }

    @Test
    void for_invoice_refuses_what_does_not_fit_the_layout() {
        assertThatIllegalArgumentException().isThrownBy(() -> Kid.forInvoice("123456789", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Kid.forInvoice("12A4", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Kid.forInvoice("1234", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Kid.forInvoice("1234", 10_000_000L));
    }
}
