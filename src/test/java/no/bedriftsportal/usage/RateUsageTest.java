package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Zone;

import static no.bedriftsportal.usage.TermsMother.SUBSCRIPTION_ID;
import static no.bedriftsportal.usage.TermsMother.onPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Calls, messages and content services, case by case with the worked amounts of CATALOG.md. */
class RateUsageTest {

    private final RateUsage rateUsage = new RateUsage(TariffsMother.catalog());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                  | plan   | type  | dir | other party   | visited | s   | amount | category            | cost group | content | destination
            # Fixed-price plans include calls and messages to Norwegian numbers in Norway
            FRI_1 call 125 s: included                              | FRI_1  | VOICE | MO  | 22334455      | NO      | 125 | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            FRI_5 call 125 s: included                              | FRI_5  | VOICE | MO  | 91234567      | NO      | 125 | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            FRI_20 call 125 s: included                             | FRI_20 | VOICE | MO  | +4722334455   | NO      | 125 | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            FRI_1 SMS: included                                     | FRI_1  | SMS   | MO  | 91234567      | NO      | 0   | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            FRI_1 MMS: included                                     | FRI_1  | MMS   | MO  | 91234567      | NO      | 0   | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            # BASIS pays domestic prices: 0.49 per minute, SMS 0.39, MMS 0.99
            BASIS call 125 s: 0.49 × 125/60 = 1.0208                | BASIS  | VOICE | MO  | 22334455      | NO      | 125 | 1.02   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS call 30 s: 0.49 × 30/60 = 0.245, half up          | BASIS  | VOICE | MO  | 22334455      | NO      | 30  | 0.25   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS call 1 s: 0.49 × 1/60 = 0.0082                    | BASIS  | VOICE | MO  | 91234567      | NO      | 1   | 0.01   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS call to +47 number 60 s: domestic                 | BASIS  | VOICE | MO  | +4791234567   | NO      | 60  | 0.49   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS call to 0047 number 60 s: domestic                | BASIS  | VOICE | MO  | 004791234567  | NO      | 60  | 0.49   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS call to +4779 (Svalbard range) 60 s: domestic     | BASIS  | VOICE | MO  | +4779123456   | NO      | 60  | 0.49   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS SMS: 0.39                                         | BASIS  | SMS   | MO  | 91234567      | NO      | 0   | 0.39   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS MMS: 0.99                                         | BASIS  | MMS   | MO  | 91234567      | NO      | 0   | 0.99   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            # Received in Norway: free; the category follows the plan
            BASIS call received 600 s: free                         | BASIS  | VOICE | MT  | 22334455      | NO      | 600 | 0.00   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            FRI_1 call received 600 s: free                         | FRI_1  | VOICE | MT  | 22334455      | NO      | 600 | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            BASIS SMS received: free                                | BASIS  | SMS   | MT  | 91234567      | NO      | 0   | 0.00   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            FRI_5 MMS received: free                                | FRI_5  | MMS   | MT  | 91234567      | NO      | 0   | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            FRI_1 call received from a Swedish number: free, abroad | FRI_1  | VOICE | MT  | +46701234567  | NO      | 600 | 0.00   | ABROAD              | TRAFFIC    | false   | SE
            # 800 numbers: FREEPHONE_MINUTE 0.00 on every plan
            BASIS call to 800 number 300 s: free                    | BASIS  | VOICE | MO  | 80012345      | NO      | 300 | 0.00   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            FRI_1 call to 800 number 300 s: free                    | FRI_1  | VOICE | MO  | +4780099999   | NO      | 300 | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            # Directory enquiries 1800–1899: 9.90 + 14.90 per minute on every plan, a content service
            BASIS 1881 95 s: 9.90 + 14.90 × 95/60 = 33.4917         | BASIS  | VOICE | MO  | 1881          | NO      | 95  | 33.49  | OUTSIDE_FIXED_PRICE | OTHER      | true    |
            FRI_20 1881 95 s: same, outside fixed price             | FRI_20 | VOICE | MO  | 1881          | NO      | 95  | 33.49  | OUTSIDE_FIXED_PRICE | OTHER      | true    |
            FRI_1 1800 0 s: start fee only                          | FRI_1  | VOICE | MO  | 1800          | NO      | 0   | 9.90   | OUTSIDE_FIXED_PRICE | OTHER      | true    |
            BASIS 1899 60 s: 9.90 + 14.90                           | BASIS  | VOICE | MO  | 1899          | NO      | 60  | 24.80  | OUTSIDE_FIXED_PRICE | OTHER      | true    |
            # Other 4- and 5-digit numbers: like a call to a mobile number
            BASIS 5-digit 12345 125 s: 0.49 × 125/60                | BASIS  | VOICE | MO  | 12345         | NO      | 125 | 1.02   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            FRI_1 5-digit 12345 125 s: included                     | FRI_1  | VOICE | MO  | 12345         | NO      | 125 | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            BASIS 4-digit 1900 60 s: not directory                  | BASIS  | VOICE | MO  | 1900          | NO      | 60  | 0.49   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS 4-digit 1799 60 s: not directory                  | BASIS  | VOICE | MO  | 1799          | NO      | 60  | 0.49   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            BASIS SMS to short code 2020: a domestic SMS            | BASIS  | SMS   | MO  | 2020          | NO      | 0   | 0.39   | OUTSIDE_FIXED_PRICE | TRAFFIC    | false   |
            FRI_1 SMS to short code 2020: included                  | FRI_1  | SMS   | MO  | 2020          | NO      | 0   | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            FRI_1 SMS to 1881: a message, not a directory call      | FRI_1  | SMS   | MO  | 1881          | NO      | 0   | 0.00   | FIXED_PRICE         | TRAFFIC    | false   |
            # Roaming in the EU: as at home, shown as abroad
            FRI_1 in SE, call 125 s: included                       | FRI_1  | VOICE | MO  | 22334455      | SE      | 125 | 0.00   | ABROAD              | TRAFFIC    | false   |
            FRI_5 in DE, SMS: included                              | FRI_5  | SMS   | MO  | 91234567      | DE      | 0   | 0.00   | ABROAD              | TRAFFIC    | false   |
            FRI_20 in IS, MMS: included                             | FRI_20 | MMS   | MO  | 91234567      | IS      | 0   | 0.00   | ABROAD              | TRAFFIC    | false   |
            BASIS in SE, call 125 s: domestic 0.49 × 125/60         | BASIS  | VOICE | MO  | 22334455      | SE      | 125 | 1.02   | ABROAD              | TRAFFIC    | false   |
            BASIS in DE, SMS: domestic 0.39                         | BASIS  | SMS   | MO  | 91234567      | DE      | 0   | 0.39   | ABROAD              | TRAFFIC    | false   |
            BASIS in LI, MMS: domestic 0.99                         | BASIS  | MMS   | MO  | 91234567      | LI      | 0   | 0.99   | ABROAD              | TRAFFIC    | false   |
            BASIS in ES, call received: free                        | BASIS  | VOICE | MT  | 22334455      | ES      | 300 | 0.00   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in SE, 1881 95 s: directory price                 | FRI_1  | VOICE | MO  | 1881          | SE      | 95  | 33.49  | ABROAD              | OTHER      | true    |
            FRI_1 in SE, call to Z3 (TH) 125 s: 3.99 × 125/60       | FRI_1  | VOICE | MO  | +66812345678  | SE      | 125 | 8.31   | ABROAD              | TRAFFIC    | false   | TH
            # From Norway to foreign numbers, on every plan, by the destination's zone
            FRI_1 call to EU (SE) 125 s: 0.99 × 125/60 = 2.0625     | FRI_1  | VOICE | MO  | +46701234567  | NO      | 125 | 2.06   | ABROAD              | TRAFFIC    | false   | SE
            FRI_1 call to EU (SE) with 00 prefix                    | FRI_1  | VOICE | MO  | 0046701234567 | NO      | 125 | 2.06   | ABROAD              | TRAFFIC    | false   | SE
            FRI_1 call to Z1 (CH) 125 s: 1.99 × 125/60 = 4.1458     | FRI_1  | VOICE | MO  | +41441234567  | NO      | 125 | 4.15   | ABROAD              | TRAFFIC    | false   | CH
            FRI_1 call to Z2 (US) 125 s: 1.49 × 125/60 = 3.1042     | FRI_1  | VOICE | MO  | +12025550123  | NO      | 125 | 3.10   | ABROAD              | TRAFFIC    | false   | US
            FRI_1 call to Z2 (CA) 125 s: 1.49 × 125/60              | FRI_1  | VOICE | MO  | +14169791234  | NO      | 125 | 3.10   | ABROAD              | TRAFFIC    | false   | CA
            FRI_1 call to Z3 (TH) 125 s: 3.99 × 125/60 = 8.3125     | FRI_1  | VOICE | MO  | +66812345678  | NO      | 125 | 8.31   | ABROAD              | TRAFFIC    | false   | TH
            BASIS call to Z2 (US) 125 s: same on BASIS              | BASIS  | VOICE | MO  | +12025550123  | NO      | 125 | 3.10   | ABROAD              | TRAFFIC    | false   | US
            BASIS call to Z3 number libphonenumber calls invalid    | BASIS  | VOICE | MO  | +2125551234   | NO      | 125 | 8.31   | ABROAD              | TRAFFIC    | false   | MA
            FRI_1 SMS to EU (DE): 0.79                              | FRI_1  | SMS   | MO  | +4915112345678| NO      | 0   | 0.79   | ABROAD              | TRAFFIC    | false   | DE
            FRI_1 SMS to Z1 (GB): 0.79                              | FRI_1  | SMS   | MO  | +447400123456 | NO      | 0   | 0.79   | ABROAD              | TRAFFIC    | false   | GB
            FRI_1 SMS to Z2 (US): 0.79                              | FRI_1  | SMS   | MO  | +12025550123  | NO      | 0   | 0.79   | ABROAD              | TRAFFIC    | false   | US
            FRI_1 SMS to Z3 (CN): 0.99                              | FRI_1  | SMS   | MO  | +8613812345678| NO      | 0   | 0.99   | ABROAD              | TRAFFIC    | false   | CN
            FRI_1 MMS to EU (SE): 1.99                              | FRI_1  | MMS   | MO  | +46701234567  | NO      | 0   | 1.99   | ABROAD              | TRAFFIC    | false   | SE
            FRI_1 MMS to Z1 (CH): 1.99                              | FRI_1  | MMS   | MO  | +41441234567  | NO      | 0   | 1.99   | ABROAD              | TRAFFIC    | false   | CH
            FRI_1 MMS to Z2 (CA): 1.99                              | FRI_1  | MMS   | MO  | +14169791234  | NO      | 0   | 1.99   | ABROAD              | TRAFFIC    | false   | CA
            FRI_1 MMS to Z3 (TH): 1.99                              | FRI_1  | MMS   | MO  | +66812345678  | NO      | 0   | 1.99   | ABROAD              | TRAFFIC    | false   | TH
            # Roaming in Z1–Z3: one price list whatever the plan and the number; received messages free
            FRI_1 in Z1 (GB), call made 125 s: 2.49 × 125/60        | FRI_1  | VOICE | MO  | 22334455      | GB      | 125 | 5.19   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z1 (GB), call received 125 s: 0.99 × 125/60    | FRI_1  | VOICE | MT  | 22334455      | GB      | 125 | 2.06   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z1 (CH), SMS sent: 0.79                        | FRI_1  | SMS   | MO  | 91234567      | CH      | 0   | 0.79   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z1 (CH), MMS sent: 1.99                        | FRI_1  | MMS   | MO  | 91234567      | CH      | 0   | 1.99   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z1 (TR), SMS received: free                    | FRI_1  | SMS   | MT  | 91234567      | TR      | 0   | 0.00   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z1 (TR), MMS received: free                    | FRI_1  | MMS   | MT  | 91234567      | TR      | 0   | 0.00   | ABROAD              | TRAFFIC    | false   |
            FRI_5 in Z2 (US), call made 125 s: 2.99 × 125/60        | FRI_5  | VOICE | MO  | 22334455      | US      | 125 | 6.23   | ABROAD              | TRAFFIC    | false   |
            FRI_5 in Z2 (US), call received 125 s: 1.49 × 125/60    | FRI_5  | VOICE | MT  | 22334455      | US      | 125 | 3.10   | ABROAD              | TRAFFIC    | false   |
            FRI_5 in Z2 (CA), SMS sent: 0.79                        | FRI_5  | SMS   | MO  | 91234567      | CA      | 0   | 0.79   | ABROAD              | TRAFFIC    | false   |
            FRI_5 in Z2 (CA), MMS sent: 1.99                        | FRI_5  | MMS   | MO  | 91234567      | CA      | 0   | 1.99   | ABROAD              | TRAFFIC    | false   |
            FRI_5 in Z2 (US), SMS received: free                    | FRI_5  | SMS   | MT  | 91234567      | US      | 0   | 0.00   | ABROAD              | TRAFFIC    | false   |
            BASIS in Z3 (TH), call made 125 s: 4.99 × 125/60        | BASIS  | VOICE | MO  | 22334455      | TH      | 125 | 10.40  | ABROAD              | TRAFFIC    | false   |
            BASIS in Z3 (TH), call received 125 s: 2.49 × 125/60    | BASIS  | VOICE | MT  | 22334455      | TH      | 125 | 5.19   | ABROAD              | TRAFFIC    | false   |
            BASIS in Z3 (JP), SMS sent: 0.99                        | BASIS  | SMS   | MO  | 91234567      | JP      | 0   | 0.99   | ABROAD              | TRAFFIC    | false   |
            BASIS in Z3 (JP), MMS sent: 1.99                        | BASIS  | MMS   | MO  | 91234567      | JP      | 0   | 1.99   | ABROAD              | TRAFFIC    | false   |
            BASIS in Z3 (BR), MMS received: free                    | BASIS  | MMS   | MT  | 91234567      | BR      | 0   | 0.00   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z1 (GB), 1881 125 s: a roaming call            | FRI_1  | VOICE | MO  | 1881          | GB      | 125 | 5.19   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z1 (GB), 800 number 125 s: a roaming call      | FRI_1  | VOICE | MO  | 80012345      | GB      | 125 | 5.19   | ABROAD              | TRAFFIC    | false   |
            FRI_1 in Z2 (US), call to SE 125 s: a roaming call      | FRI_1  | VOICE | MO  | +46701234567  | US      | 125 | 6.23   | ABROAD              | TRAFFIC    | false   | SE
            """)
    void ratesCallsAndMessages(String description, String plan, CdrType type, Direction direction, String otherParty,
                               String visited, long seconds, BigDecimal amount, Category category, CostGroup costGroup,
                               boolean contentService, String destinationCountry) {
        ParsedCdr cdr = CdrMother.callOrMessage(type, direction, otherParty, seconds).visiting(visited).build();

        RatedEvent event = onlyEvent(rateUsage.rate(cdr, onPlan(plan), null));

        assertThat(event.amount()).isEqualTo(amount);
        assertThat(event.category()).isEqualTo(category);
        assertThat(event.costGroup()).isEqualTo(costGroup);
        assertThat(event.contentService()).isEqualTo(contentService);
        assertThat(event.destinationCountry()).isEqualTo(destinationCountry);
        assertThat(event.vatRate()).isEqualTo(25);
        assertThat(event.dataBucket()).isNull();
        assertThat(event.count()).isEqualTo(1);
        assertThat(event.seconds()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | plan   | visited | amount | vat | category
            parking with VAT 25 on FRI_1                  | FRI_1  | NO      | 45.00  | 25  | OUTSIDE_FIXED_PRICE
            donation without VAT on BASIS                 | BASIS  | NO      | 200    | 0   | OUTSIDE_FIXED_PRICE
            ticket on MBB_50: content on every plan       | MBB_50 | NO      | 39.5   | 25  | OUTSIDE_FIXED_PRICE
            parking bought in SE: abroad                  | FRI_20 | SE      | 45.00  | 25  | ABROAD
            """)
    void ratesContentServicesAtTheProvidersPriceAndVat(String description, String plan, String visited, BigDecimal amount,
                                                       int vatRate, Category category) {
        ParsedCdr cdr = CdrMother.content("2020", amount.toPlainString(), vatRate).visiting(visited).build();

        RatedEvent event = onlyEvent(rateUsage.rate(cdr, onPlan(plan), null));

        assertThat(event.amount()).isEqualTo(amount.setScale(2));
        assertThat(event.vatRate()).isEqualTo(vatRate);
        assertThat(event.category()).isEqualTo(category);
        assertThat(event.costGroup()).isEqualTo(CostGroup.OTHER);
        assertThat(event.contentService()).isTrue();
        assertThat(event.dataBucket()).isNull();
        assertThat(event.count()).isEqualTo(1);
        assertThat(event.provider()).isEqualTo("EasyPark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VOICE", "SMS", "MMS"})
    void rejectsCallsAndMessagesOnADataOnlyPlan(CdrType type) {
        ParsedCdr cdr = CdrMother.callOrMessage(type, Direction.MO, "22334455", 60).build();

        assertThat(rateUsage.rate(cdr, onPlan("MBB_50"), null))
                .isEqualTo(new RatingResult.Rejected("plan MBB_50 has no calls or messages"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +80012345678 | MO
            +999123456   | MO
            00999123456  | MO
            +999123456   | MT
            """)
    void rejectsAForeignNumberWhoseCountryIsNotRecognised(String otherParty, Direction direction) {
        ParsedCdr cdr = CdrMother.voice(direction, otherParty, 60).build();

        assertThat(rateUsage.rate(cdr, onPlan("FRI_1"), null))
                .isEqualTo(new RatingResult.Rejected("other_party country not recognised, was '" + otherParty + "'"));
    }

    @Test
    void copiesTheRecordIntoTheEvent() {
        ParsedCdr cdr = CdrMother.voice(Direction.MO, "+46701234567", 125).id("a-0001").visiting("DK")
                .at("2026-10-03T08:15:00+02:00").description("kunde").build();

        RatedEvent event = onlyEvent(rateUsage.rate(cdr, onPlan("FRI_1"), null));

        assertThat(event).isEqualTo(new RatedEvent("a-0001", 0, SUBSCRIPTION_ID, Instant.parse("2026-10-03T06:15:00Z"),
                YearMonth.of(2026, 10), CdrType.VOICE, Direction.MO, Category.ABROAD, null, CostGroup.TRAFFIC, Zone.EU,
                "DK", "SE", "+46701234567", 125, 0, 1, new BigDecimal("2.06"), 25, false, null, "kunde"));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-10-25T02:30:00+02:00 | 2026-10
            2026-10-25T02:30:00+01:00 | 2026-10
            2026-10-31T23:59:59+01:00 | 2026-10
            2026-11-01T00:00:00+01:00 | 2026-11
            2026-10-31T23:30:00Z      | 2026-11
            """)
    void givesEachEventItsMonthInOslo(String startTime, YearMonth month) {
        ParsedCdr cdr = CdrMother.voice(Direction.MO, "22334455", 60).at(startTime).build();

        assertThat(onlyEvent(rateUsage.rate(cdr, onPlan("BASIS"), null)).month()).isEqualTo(month);
    }

    @Test
    void refusesTermsWithAnUnknownPlan() {
        ParsedCdr cdr = CdrMother.voice(Direction.MO, "22334455", 60).build();

        assertThatThrownBy(() -> rateUsage.rate(cdr, onPlan("GULL"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown price plan GULL");
    }

    static RatedEvent onlyEvent(RatingResult result) {
        assertThat(result).isInstanceOf(RatingResult.Rated.class);
        RatingResult.Rated rated = (RatingResult.Rated) result;
        assertThat(rated.events()).hasSize(1);
        assertThat(rated.extraPackagesBought()).isEmpty();
        assertThat(rated.dataBlocked()).isEmpty();
        return rated.events().get(0);
    }
}
