package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.NumberKind;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OtherPartyTest {

    private final Tariffs tariffs = TariffsMother.catalog();

    @ParameterizedTest(name = "{0} is {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # number          | kind         | country | zone | content service
            22334455          | DOMESTIC     | NO      | NO   | false
            91234567          | DOMESTIC     | NO      | NO   | false
            +4722334455       | DOMESTIC     | NO      | NO   | false
            004722334455      | DOMESTIC     | NO      | NO   | false
            +4779123456       | DOMESTIC     | NO      | NO   | false
            112               | DOMESTIC     | NO      | NO   | false
            80012345          | FREEPHONE    | NO      | NO   | false
            80000000          | FREEPHONE    | NO      | NO   | false
            80099999          | FREEPHONE    | NO      | NO   | false
            80100000          | DOMESTIC     | NO      | NO   | false
            +4780012345       | FREEPHONE    | NO      | NO   | false
            1881              | DIRECTORY    | NO      | NO   | true
            1800              | DIRECTORY    | NO      | NO   | true
            1899              | DIRECTORY    | NO      | NO   | true
            +471881           | DIRECTORY    | NO      | NO   | true
            1799              | SHORT_NUMBER | NO      | NO   | false
            1900              | SHORT_NUMBER | NO      | NO   | false
            2020              | SHORT_NUMBER | NO      | NO   | false
            12345             | SHORT_NUMBER | NO      | NO   | false
            +46701234567      | FOREIGN      | SE      | EU   | false
            0046701234567     | FOREIGN      | SE      | EU   | false
            +4915112345678    | FOREIGN      | DE      | EU   | false
            +41441234567      | FOREIGN      | CH      | Z1   | false
            +447400123456     | FOREIGN      | GB      | Z1   | false
            +12025550123      | FOREIGN      | US      | Z2   | false
            +14169791234      | FOREIGN      | CA      | Z2   | false
            +66812345678      | FOREIGN      | TH      | Z3   | false
            +2125551234       | FOREIGN      | MA      | Z3   | false
            """)
    void classifiesTheOtherParty(String number, NumberKind kind, String country, Zone zone, boolean contentService) {
        assertThat(OtherParty.classify(number, tariffs)).contains(new OtherParty(kind, country, zone, contentService));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999123456", "+80012345678", "00999123456"})
    void recognisesNoCountryForUnassignedOrNonGeographicCodes(String number) {
        assertThat(OtherParty.classify(number, tariffs)).isEmpty();
    }
}
