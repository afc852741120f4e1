package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.catalog.PricePlan;

/**
 * The advice's arithmetic (X1, #18.1) against hand calculations with CATALOG.md's prices: FRI_1 199.00 (1 GB),
 * FRI_5 279.00 (5 GB), FRI_20 349.00 (20 GB), BASIS 49.00 (calls 0.49/min, SMS 0.39, MMS 0.99), data beyond a
 * package 0.10/MB, EXTRA_1 79.00, EXTRA_5 199.00, EXTRA_15 349.00. The worked numbers are in the comments.
 */
class AdviceCalculatorTest {

    static final PricePlan FRI_1 = new PricePlan("FRI_1", "Bedrift Fri 1 GB", "MOBILE", money("199.00"), true, true, 1000L);
    static final PricePlan FRI_5 = new PricePlan("FRI_5", "Bedrift Fri 5 GB", "MOBILE", money("279.00"), true, true, 5000L);
    static final PricePlan FRI_20 = new PricePlan("FRI_20", "Bedrift Fri 20 GB", "MOBILE", money("349.00"), true, true, 20000L);
    static final PricePlan BASIS = new PricePlan("BASIS", "Bedrift Basis", "MOBILE", money("49.00"), true, false, null);
    static final PricePlan MBB_50 = new PricePlan("MBB_50", "Mobilt bredbånd 50 GB", "BROADBAND", money("299.00"), false, false,
            50000L);
    static final AdvicePrices PRICES = new AdvicePrices(List.of(BASIS, FRI_1, FRI_20, FRI_5, MBB_50),
            List.of(new ExtraPackage("EXTRA_1", "Ekstra datapakke 1 GB", 1000, money("79.00")),
                    new ExtraPackage("EXTRA_5", "Ekstra datapakke 5 GB", 5000, money("199.00")),
                    new ExtraPackage("EXTRA_15", "Ekstra datapakke 15 GB", 15000, money("349.00"))),
            money("0.49"), money("0.39"), money("0.99"), money("0.10"), List.of("NO", "SE"));
    static final long MB = 1_000_000L;
    static final YearMonth MAY = YearMonth.of(2026, 5);

    private final AdviceCalculator calculator = new AdviceCalculator(PRICES);

    @Test
    void anOverProvisionedFri20UserShouldBeOnFri1() {
        // 800 MB and 300 minutes of included calls a month, six full months on FRI_20 (349.00):
        //   FRI_1  = 199.00 (800 MB fits in 1 GB)                                   → saves 150.00 a month
        //   FRI_5  = 279.00, FRI_20 = 349.00
        //   BASIS  = 49.00 + 800 MB × 0.10 = 80.00 + 300 min × 0.49 = 147.00          = 276.00
        // per year 150.00 × 12 = 1 800.00; every month saves → high
        List<AdviceMonth> months = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            months.add(fixedPriceMonth(MAY.plusMonths(i), 800 * MB, 300 * 60, 0, 0));
        }
        AdviceFinding finding = calculator.advise(FRI_20, months).orElseThrow();
        assertThat(finding.suggestedPlan()).isEqualTo("FRI_1");
        assertThat(finding.kind()).isEqualTo(AdviceKind.PLAN);
        assertThat(finding.currentCost()).isEqualByComparingTo("349.00");
        assertThat(finding.suggestedCost()).isEqualByComparingTo("199.00");
        assertThat(finding.savingPerMonth()).isEqualByComparingTo("150.00");
        assertThat(finding.savingPerYear()).isEqualByComparingTo("1800.00");
        assertThat(finding.confidence()).isEqualTo(AdviceConfidence.HIGH);
        assertThat(finding.months()).hasSize(6).startsWith(MAY);
        assertThat(finding.habit()).isEmpty();
    }

    @Test
    void aBasisUserWhoCallsAndSurfsShouldBeOnFri() {
        // BASIS, each month 3 GB, 200 min, 50 SMS, 2 MMS, all at home:
        //   BASIS  = 49.00 + 200 × 0.49 = 98.00 + 50 × 0.39 = 19.50 + 2 × 0.99 = 1.98 + 3 000 MB × 0.10 = 300.00 = 468.48
        //   FRI_1  = 199.00 + 2 GB beyond: 2 × EXTRA_1 = 158.00 (EXTRA_5 199.00, per MB 200.00)          = 357.00
        //   FRI_5  = 279.00 (3 GB fits)                                                                  = 279.00
        //   FRI_20 = 349.00
        // saves 468.48 − 279.00 = 189.48 a month, 2 273.76 a year
        List<AdviceMonth> months = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            months.add(basisMonth(MAY.plusMonths(i), 3000 * MB, 200 * 60, 50, 2));
        }
        AdviceFinding finding = calculator.advise(BASIS, months).orElseThrow();
        assertThat(finding.suggestedPlan()).isEqualTo("FRI_5");
        assertThat(finding.currentCost()).isEqualByComparingTo("468.48");
        assertThat(finding.savingPerMonth()).isEqualByComparingTo("189.48");
        assertThat(finding.savingPerYear()).isEqualByComparingTo("2273.76");
        assertThat(finding.confidence()).isEqualTo(AdviceConfidence.HIGH);
        assertThat(calculator.cost(FRI_1, BASIS, months.get(0))).isEqualByComparingTo("357.00");
    }

    @Test
    void aMonthActiveOnlySomeDaysPaysTheFeeProRata() {
        // activated 11 June (20 of June's 30 days), then July and August whole; 500 MB, 300 min a month on FRI_20:
        //   June:  FRI_20 349.00 × 20 / 30 = 232.666… → 232.67;  FRI_1 199.00 × 20 / 30 = 132.666… → 132.67; saves 100.00
        //   July, August: 349.00 − 199.00 = 150.00 each
        //   BASIS June: 49.00 × 20 / 30 = 32.67 + 50.00 + 147.00 = 229.67 (more than FRI_1)
        // saves (100.00 + 150.00 + 150.00) / 3 = 133.33 a month, 1 599.96 a year; three months, each saving → high
        List<AdviceMonth> months = List.of(
                fixedPriceMonth(YearMonth.of(2026, 6), 500 * MB, 300 * 60, 0, 0).withActiveDays(20),
                fixedPriceMonth(YearMonth.of(2026, 7), 500 * MB, 300 * 60, 0, 0),
                fixedPriceMonth(YearMonth.of(2026, 8), 500 * MB, 300 * 60, 0, 0));
        assertThat(AdviceCalculator.fee(FRI_20, months.get(0))).isEqualByComparingTo("232.67");
        assertThat(calculator.cost(BASIS, FRI_20, months.get(0))).isEqualByComparingTo("229.67");
        AdviceFinding finding = calculator.advise(FRI_20, months).orElseThrow();
        assertThat(finding.suggestedPlan()).isEqualTo("FRI_1");
        assertThat(finding.monthSavings()).containsExactly(money("100.00"), money("150.00"), money("150.00"));
        assertThat(finding.savingPerMonth()).isEqualByComparingTo("133.33");
        assertThat(finding.savingPerYear()).isEqualByComparingTo("1599.96");
        assertThat(finding.confidence()).isEqualTo(AdviceConfidence.HIGH);
    }

    @Test
    void repeatedExtraPackagesThatABiggerPlanMakesCheaper() {
        // FRI_1 with 5.9 GB and one EXTRA_5 bought in five months, 0.8 GB in the sixth; 300 min a month:
        //   as paid: 5 × (199.00 + 199.00) + 199.00                                   = 2 189.00
        //   FRI_5:   5.9 GB is 0.9 GB beyond: EXTRA_1 79.00 < 900 MB × 0.10 = 90.00
        //            5 × (279.00 + 79.00) + 279.00                                     = 2 069.00
        //   FRI_20:  6 × 349.00                                                        = 2 094.00
        //   FRI_1 with the cheapest packages: 4.9 GB beyond → EXTRA_5 199.00 (4 × EXTRA_1 + 900 MB = 406.00) = 2 189.00
        // saves (2 189.00 − 2 069.00) / 6 = 20.00 a month, 240.00 a year;
        // by month +40.00 five times and −80.00 once: saves overall and without its best month, not in each → medium
        List<AdviceMonth> months = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            months.add(fixedPriceMonth(MAY.plusMonths(i), 5900 * MB, 300 * 60, 0, 0).withExtraPackages(1, money("199.00")));
        }
        months.add(fixedPriceMonth(MAY.plusMonths(5), 800 * MB, 300 * 60, 0, 0));
        AdviceFinding finding = calculator.advise(FRI_1, months).orElseThrow();
        assertThat(finding.suggestedPlan()).isEqualTo("FRI_5");
        assertThat(finding.kind()).isEqualTo(AdviceKind.EXTRA_PACKAGES);
        assertThat(finding.savingPerMonth()).isEqualByComparingTo("20.00");
        assertThat(finding.savingPerYear()).isEqualByComparingTo("240.00");
        assertThat(finding.confidence()).isEqualTo(AdviceConfidence.MEDIUM);
        assertThat(finding.habit()).containsExactly(new AdviceHabit("EXTRA_1", "Ekstra datapakke 1 GB", 5, 5, 6));
    }

    @Test
    void oneSpikeMonthPaidPerMegabyteGivesLowConfidence() {
        // FRI_1, 500 MB in five months and 30 GB in one with no package bought (29 000 MB × 0.10 = 2 900.00 per MB):
        //   as paid: 6 × 199.00 + 2 900.00                                           = 4 094.00
        //   FRI_1 with the cheapest packages: 29 GB beyond → 2 × EXTRA_15 = 698.00
        //            6 × 199.00 + 698.00                                             = 1 892.00
        //   FRI_5:   6 × 279.00 + 25 GB beyond → 2 × EXTRA_15 698.00                 = 2 372.00
        //   FRI_20:  6 × 349.00 + 10 GB beyond → EXTRA_15 349.00                     = 2 443.00
        // saves (4 094.00 − 1 892.00) / 6 = 367.00 a month; all of it in one month → low
        List<AdviceMonth> months = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            months.add(fixedPriceMonth(MAY.plusMonths(i), 500 * MB, 300 * 60, 0, 0));
        }
        months.add(new AdviceMonth(MAY.plusMonths(5), 31, money("2900.00"), 30000 * MB, money("2900.00"), 300 * 60, 0, 0, 0,
                0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO));
        AdviceFinding finding = calculator.advise(FRI_1, months).orElseThrow();
        assertThat(finding.suggestedPlan()).isEqualTo("FRI_1");
        assertThat(finding.kind()).isEqualTo(AdviceKind.EXTRA_PACKAGES);
        assertThat(finding.savingPerMonth()).isEqualByComparingTo("367.00");
        assertThat(finding.confidence()).isEqualTo(AdviceConfidence.LOW);
        assertThat(finding.habit()).containsExactly(new AdviceHabit("EXTRA_15", "Ekstra datapakke 15 GB", 1, 2, 6));
    }

    @Test
    void roamingAndContentStayAsRatedOnEveryPlan() {
        // FRI_20, 800 MB at home, 300 min; 120.00 of roaming in Z1 and content: the same on every plan,
        // so FRI_1 still saves exactly 349.00 − 199.00 = 150.00
        List<AdviceMonth> months = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            months.add(new AdviceMonth(MAY.plusMonths(i), MAY.plusMonths(i).lengthOfMonth(), money("120.00"), 800 * MB,
                    BigDecimal.ZERO, 300 * 60, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO));
        }
        AdviceFinding finding = calculator.advise(FRI_20, months).orElseThrow();
        assertThat(finding.currentCost()).isEqualByComparingTo("469.00");
        assertThat(finding.suggestedCost()).isEqualByComparingTo("319.00");
        assertThat(finding.savingPerMonth()).isEqualByComparingTo("150.00");
    }

    @Test
    void mobileBroadbandIsComparedOnlyWithItself() {
        // MBB_50 with 2 GB a month: no mobile plan is a candidate, and its own package needs no extras → no advice
        List<AdviceMonth> months = List.of(fixedPriceMonth(MAY, 2000 * MB, 0, 0, 0), fixedPriceMonth(MAY.plusMonths(1), 2000 * MB, 0, 0, 0));
        assertThat(calculator.advise(MBB_50, months)).isEmpty();
    }

    @Test
    void aRightSizedSubscriptionGetsNoAdvice() {
        // FRI_5 with 4 GB: FRI_1 199.00 + 3 GB beyond (EXTRA_5 199.00) = 398.00; FRI_20 349.00; FRI_5 279.00 is cheapest
        List<AdviceMonth> months = List.of(fixedPriceMonth(MAY, 4000 * MB, 600 * 60, 10, 0));
        assertThat(calculator.advise(FRI_5, months)).isEmpty();
    }

    @Test
    void theCheapestCoverOfDataBeyondThePackage() {
        // 700 MB: per MB 70.00 < EXTRA_1 79.00; 800 MB: EXTRA_1 79.00 < 80.00; 4 GB: EXTRA_5 199.00 < 4 × 79.00 = 316.00;
        // 12 GB: EXTRA_15 349.00 < 2 × EXTRA_5 + 2 × EXTRA_1 = 556.00; 16 GB: EXTRA_15 + EXTRA_1 = 428.00 < 15 GB + 100.00 per MB
        assertThat(cover(0)).isEqualByComparingTo("0.00");
        assertThat(cover(700 * MB)).isEqualByComparingTo("70.00");
        assertThat(cover(800 * MB)).isEqualByComparingTo("79.00");
        assertThat(cover(4000 * MB)).isEqualByComparingTo("199.00");
        assertThat(cover(12000 * MB)).isEqualByComparingTo("349.00");
        assertThat(cover(16000 * MB)).isEqualByComparingTo("428.00");
    }

    @Test
    void confidenceInWords() {
        assertThat(AdviceCalculator.confidence(List.of(money("10"), money("10")))).isEqualTo(AdviceConfidence.LOW);
        assertThat(AdviceCalculator.confidence(List.of(money("10"), money("0"), money("10")))).isEqualTo(AdviceConfidence.HIGH);
        assertThat(AdviceCalculator.confidence(List.of(money("10"), money("-5"), money("10")))).isEqualTo(AdviceConfidence.MEDIUM);
        assertThat(AdviceCalculator.confidence(List.of(money("100"), money("-5"), money("-5")))).isEqualTo(AdviceConfidence.LOW);
    }

    private static BigDecimal cover(long bytes) {
        return AdviceExtras.cheapest(bytes, PRICES.extraPackages(), PRICES.dataMb()).amount();
    }

    private static AdviceMonth fixedPriceMonth(YearMonth month, long homeBytes, long callSeconds, long sms, long mms) {
        return new AdviceMonth(month, month.lengthOfMonth(), BigDecimal.ZERO, homeBytes, BigDecimal.ZERO, callSeconds, sms, mms,
                0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    /** A month on BASIS rated as the catalogue says: everything domestic charged, all data per MB. */
    private static AdviceMonth basisMonth(YearMonth month, long homeBytes, long callSeconds, long sms, long mms) {
        BigDecimal traffic = money("0.49").multiply(BigDecimal.valueOf(callSeconds)).divide(BigDecimal.valueOf(60))
                .add(money("0.39").multiply(BigDecimal.valueOf(sms))).add(money("0.99").multiply(BigDecimal.valueOf(mms)));
        BigDecimal data = AdviceExtras.perMb(homeBytes, money("0.10"));
        return new AdviceMonth(month, month.lengthOfMonth(), traffic.add(data), homeBytes, data, 0, 0, 0, callSeconds, sms, mms,
                traffic, 0, BigDecimal.ZERO);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
