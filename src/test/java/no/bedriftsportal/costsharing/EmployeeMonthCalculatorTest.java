package no.bedriftsportal.costsharing;

import static no.bedriftsportal.costsharing.EmployeeMonthMother.PRIVATE_USE;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.STANDARD;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.content;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.extra;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.month;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.nok;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.piece;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.profile;
import static no.bedriftsportal.costsharing.EmployeeMonthMother.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.bedriftsportal.costsharing.EmployeeMonth.Piece;
import no.bedriftsportal.costsharing.EmployeeMonth.ProfileInForce;
import no.bedriftsportal.costsharing.ResultLine.Kind;
import no.bedriftsportal.costsharing.ResultLine.Treatment;
import no.bedriftsportal.usage.Payer;

/** COST-SHARING.md, "The computation for one employee and usage month M", to the øre. */
class EmployeeMonthCalculatorTest {

    // --- the worked example ---------------------------------------------------------------------

    /** Kari's March 2026 (FRI_5, no maximum, an agreement, 950.00 private content earlier in the year). */
    private static EmployeeMonthMother.Builder kari(ProfileInForce profile, boolean agreement) {
        Piece roaming = piece("2026-03-14T20:00", "data", "abroad", "outside_package", "600.00", 25);
        Piece callToZ3 = piece("2026-03-03T10:00", "voice", "abroad", null, "39.90", 25);
        return month().agreement(agreement).earlierInYear("950.00")
                .subscription(subscription(11, profile, List.of(roaming, callToZ3), "349.00",
                        List.of(extra("EXTRA_5", Payer.SALARY, "199.00"))))
                .content(content(11, profile, "2026-03-05T12:00", "100.00", Classification.PRIVATE))
                .content(content(11, profile, "2026-03-06T17:30", "20.00", Classification.PRIVATE));
    }

    @Test
    void workedExampleWithPrivateUseDeducts1068_63() {
        EmployeeMonthResult result = kari(PRIVATE_USE, true).compute();

        assertThat(result.deduction()).isEqualByComparingTo("1068.63");
        assertThat(result.deduction().scale()).isEqualTo(2);
        assertThat(result.benefit()).isEqualByComparingTo("0");
        assertThat(result.notDeducted()).isEqualByComparingTo("0");
        assertThat(describe(result)).containsExactly(
                "TRAFFIC DEDUCTION ABROAD 799.88 [2]",
                "FREE_AMOUNT DEDUCTION FREE_AMOUNT -100.00 [0]",
                "EXTRA_PACKAGE DEDUCTION EXTRA_5 248.75 [0]",
                "CONTENT DEDUCTION DEDUCT_ALL_PRIVATE 120.00 [2]");
        ResultLine traffic = result.lines().get(0);
        assertThat(traffic.subscriptionId()).isEqualTo(11L);
        assertThat(traffic.maskedMsisdn()).isEqualTo("9xx xx x11");
        assertThat(traffic.profile()).isEqualTo(PRIVATE_USE);
        assertThat(traffic.events()).extracting(ResultLine.EventRef::gross)
                .containsExactly(nok("750.00"), nok("49.88"));
        ResultLine contentLine = result.lines().get(3);
        assertThat(contentLine.subscriptionId()).isNull();
        assertThat(contentLine.events()).extracting(ResultLine.EventRef::gross)
                .containsExactly(nok("100.00"), nok("20.00"));
    }

    @Test
    void workedExampleWithStandardDeducts318_75() {
        EmployeeMonthResult result = kari(STANDARD, true).compute();

        assertThat(result.deduction()).isEqualByComparingTo("318.75");
        assertThat(result.benefit()).isEqualByComparingTo("0");
        assertThat(describe(result)).containsExactly(
                "EXTRA_PACKAGE DEDUCTION EXTRA_5 248.75 [0]",
                "CONTENT DEDUCTION DEDUCT_ABOVE_THRESHOLD 70.00 [2]");
    }

    // --- no agreement -----------------------------------------------------------------------------

    @Test
    void withoutAnAgreementNothingIsDeductedAndDeductedContentFallsBackToABenefit() {
        EmployeeMonthResult result = kari(PRIVATE_USE, false).compute();

        assertThat(result.deduction()).isEqualByComparingTo("0");
        assertThat(result.notDeducted()).isEqualByComparingTo("1068.63");
        assertThat(result.benefit()).isEqualByComparingTo("70.00");
        assertThat(describe(result)).containsExactly(
                "TRAFFIC NOT_DEDUCTED ABROAD 799.88 [2]",
                "FREE_AMOUNT NOT_DEDUCTED FREE_AMOUNT -100.00 [0]",
                "EXTRA_PACKAGE NOT_DEDUCTED EXTRA_5 248.75 [0]",
                "CONTENT NOT_DEDUCTED DEDUCT_ALL_PRIVATE 120.00 [2]",
                "CONTENT BENEFIT DEDUCT_ALL_PRIVATE 70.00 [2]");
    }

    @Test
    void withoutAnAgreementStandardListsTheDeductionAndTaxesTheSamePart() {
        EmployeeMonthResult result = kari(STANDARD, false).compute();

        assertThat(result.deduction()).isEqualByComparingTo("0");
        assertThat(result.notDeducted()).isEqualByComparingTo("318.75");
        assertThat(result.benefit()).isEqualByComparingTo("70.00");
    }

    @ParameterizedTest(name = "{0}, agreement {1}: deduction {2}, benefit {3}, not deducted {4}")
    @CsvSource({
            "BENEFIT,                true,  0.00,  70.00, 0.00",
            "BENEFIT,                false, 0.00,  70.00, 0.00",
            "DEDUCT_ABOVE_THRESHOLD, true,  70.00, 0.00,  0.00",
            "DEDUCT_ABOVE_THRESHOLD, false, 0.00,  70.00, 70.00",
            "DEDUCT_ALL_PRIVATE,     true,  120.00, 0.00,  0.00",
            "DEDUCT_ALL_PRIVATE,     false, 0.00,  70.00, 120.00",
    })
    void contentRuleAndAgreement(ContentRule rule, boolean agreement, String deduction, String benefit,
            String notDeducted) {
        ProfileInForce profile = profile(3, 1, "Egen", rule, Set.of(), null, "0.00");
        EmployeeMonthResult result = month().agreement(agreement).earlierInYear("950.00")
                .subscription(subscription(11, profile, List.of(), "0.00", List.of()))
                .content(content(11, profile, "2026-03-05T12:00", "100.00", Classification.PRIVATE))
                .content(content(11, profile, "2026-03-06T12:00", "20.00", null))
                .content(content(11, profile, "2026-03-07T12:00", "500.00", Classification.WORK))
                .compute();

        assertThat(result.deduction()).isEqualByComparingTo(deduction);
        assertThat(result.benefit()).isEqualByComparingTo(benefit);
        assertThat(result.notDeducted()).isEqualByComparingTo(notDeducted);
    }

    // --- T1: traffic rules, a piece counted once ---------------------------------------------------

    @ParameterizedTest(name = "{0} {1}/{2} at {3} with {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | category            | bucket          | Oslo start       | rules switched on                                                  | counted on
            data   | abroad              | outside_package | 2026-03-14T20:00 | ABROAD DATA_WITHOUT_PACKAGE OUTSIDE_FIXED_PRICE OUTSIDE_WORKING_HOURS | ABROAD
            data   | abroad              | outside_package | 2026-03-14T20:00 | DATA_WITHOUT_PACKAGE OUTSIDE_WORKING_HOURS                            | OUTSIDE_WORKING_HOURS
            data   | abroad              | outside_package | 2026-03-10T10:00 | DATA_WITHOUT_PACKAGE                                                  | -
            data   | fixed_price         | outside_package | 2026-03-14T20:00 | ABROAD DATA_WITHOUT_PACKAGE OUTSIDE_WORKING_HOURS                     | DATA_WITHOUT_PACKAGE
            data   | fixed_price         | outside_package | 2026-03-10T10:00 | DATA_WITHOUT_PACKAGE                                                  | DATA_WITHOUT_PACKAGE
            data   | fixed_price         | extra_package   | 2026-03-14T20:00 | DATA_WITHOUT_PACKAGE                                                  | -
            voice  | outside_fixed_price | -               | 2026-03-14T20:00 | OUTSIDE_FIXED_PRICE OUTSIDE_WORKING_HOURS                             | OUTSIDE_FIXED_PRICE
            voice  | outside_fixed_price | -               | 2026-03-10T10:00 | ABROAD DATA_WITHOUT_PACKAGE OUTSIDE_WORKING_HOURS                     | -
            voice  | fixed_price         | -               | 2026-03-10T16:00 | OUTSIDE_WORKING_HOURS                                                 | OUTSIDE_WORKING_HOURS
            voice  | fixed_price         | -               | 2026-03-10T15:59 | OUTSIDE_WORKING_HOURS                                                 | -
            voice  | abroad              | -               | 2026-03-10T10:00 | OUTSIDE_WORKING_HOURS                                                 | -
            sms    | abroad              | -               | 2026-03-10T10:00 | ABROAD                                                                | ABROAD
            voice  | fixed_price         | -               | 2026-05-14T10:00 | OUTSIDE_WORKING_HOURS                                                 | OUTSIDE_WORKING_HOURS
            """)
    void aPieceCountsOnceOnTheFirstRuleItMatches(String type, String category, String bucket, String start,
            String rules, TrafficRule expected) {
        Set<TrafficRule> on = Arrays.stream(rules.split(" ")).map(TrafficRule::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TrafficRule.class)));
        ProfileInForce profile = profile(3, 1, "Egen", ContentRule.BENEFIT, on, null, "0.00");
        Piece piece = piece(start, type, category, bucket, "80.00", 25);

        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile, List.of(piece), "0.00", List.of()))
                .compute();

        if (expected == null) {
            assertThat(result.lines()).isEmpty();
            assertThat(result.deduction()).isEqualByComparingTo("0");
        } else {
            assertThat(describe(result)).containsExactly("TRAFFIC DEDUCTION " + expected + " 100.00 [1]");
            assertThat(result.deduction()).isEqualByComparingTo("100.00");
        }
    }

    @Test
    void oneLinePerRuleInTheFixedOrderEachPieceOnce() {
        ProfileInForce profile = profile(3, 1, "Alt", ContentRule.BENEFIT, EnumSet.allOf(TrafficRule.class), null,
                "0.00");
        List<Piece> pieces = List.of(
                piece("2026-03-14T21:00", "voice", "fixed_price", null, "10.00", 25), // Saturday
                piece("2026-03-10T10:00", "voice", "outside_fixed_price", null, "20.00", 25),
                piece("2026-03-10T11:00", "data", "fixed_price", "outside_package", "30.00", 25),
                piece("2026-03-14T21:30", "data", "abroad", "outside_package", "40.00", 25),
                piece("2026-03-10T12:00", "voice", "fixed_price", null, "50.00", 25)); // inside, on fixed price

        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile, pieces, "0.00", List.of()))
                .compute();

        assertThat(describe(result)).containsExactly(
                "TRAFFIC DEDUCTION ABROAD 50.00 [1]",
                "TRAFFIC DEDUCTION DATA_WITHOUT_PACKAGE 37.50 [1]",
                "TRAFFIC DEDUCTION OUTSIDE_FIXED_PRICE 25.00 [1]",
                "TRAFFIC DEDUCTION OUTSIDE_WORKING_HOURS 12.50 [1]");
        assertThat(result.deduction()).isEqualByComparingTo("125.00");
    }

    @Test
    void grossIsSummedFromRoundedPiecesAndVatZeroPiecesCountAsTheyAre() {
        ProfileInForce profile = profile(3, 1, "Utland", ContentRule.BENEFIT, Set.of(TrafficRule.ABROAD), null,
                "0.00");
        List<Piece> pieces = List.of(
                piece("2026-03-10T10:00", "voice", "abroad", null, "0.02", 25), // 0.02 + 0.005 → 0.03
                piece("2026-03-10T10:01", "voice", "abroad", null, "0.02", 25),
                piece("2026-03-10T10:02", "voice", "abroad", null, "0.01", 25), // 0.01 + 0.0025 → 0.01
                piece("2026-03-10T10:03", "data", "abroad", "outside_package", "12.34", 0));

        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile, pieces, "0.00", List.of()))
                .compute();

        assertThat(result.deduction()).isEqualTo(nok("12.41"));
    }

    // --- T2: the monthly maximum ------------------------------------------------------------------

    @ParameterizedTest(name = "fee {0}, usage ex {1}, abroad ex {2}, extra by company ex {3}, maximum {4} → T2 {5}, deduction {6}")
    @CsvSource({
            // C = fee + usage gross + abroad gross + company extra gross; T1 = abroad gross
            "299.00, 400.00, 0.00,  0.00,   400.00, 399.00, 399.00",
            "299.00, 400.00, 80.00, 0.00,   400.00, 399.00, 499.00",
            "299.00, 40.00,  80.00, 0.00,   400.00, 0.00,   100.00",
            "299.00, 40.00,  0.00,  199.00, 400.00, 197.75, 197.75",
            "299.00, 80.80,  0.00,  0.00,   400.00, 0.00,   0.00",
            "299.00, 80.81,  0.00,  0.00,   400.00, 0.01,   0.01",
            "0.00,   0.00,   80.00, 0.00,   0.00,   0.00,   100.00",
    })
    void theMonthlyMaximum(String fee, String usageEx, String abroadEx, String companyExtraEx, String maximum,
            String t2, String deduction) {
        ProfileInForce profile = profile(3, 1, "Tak", ContentRule.BENEFIT, Set.of(TrafficRule.ABROAD), maximum,
                "0.00");
        List<Piece> pieces = new ArrayList<>();
        if (nok(usageEx).signum() != 0) {
            pieces.add(piece("2026-03-10T10:00", "voice", "fixed_price", null, usageEx, 25));
        }
        if (nok(abroadEx).signum() != 0) {
            pieces.add(piece("2026-03-14T10:00", "voice", "abroad", null, abroadEx, 25));
        }
        List<EmployeeMonth.ExtraBought> extras = nok(companyExtraEx).signum() == 0 ? List.of()
                : List.of(extra("EXTRA_5", Payer.COMPANY, companyExtraEx),
                        extra("EXTRA_15", Payer.VIPPS, "299.00"));

        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile, pieces, fee, extras))
                .compute();

        assertThat(result.deduction()).isEqualTo(nok(deduction));
        assertThat(result.lines()).filteredOn(l -> l.kind() == Kind.MAXIMUM)
                .extracting(ResultLine::amount)
                .containsExactlyElementsOf(nok(t2).signum() == 0 ? List.of() : List.of(nok(t2)));
    }

    @Test
    void extraPackagesPaidBySalaryAreNotPartOfTheCompanysMonthAndVippsNeverCounts() {
        ProfileInForce profile = profile(3, 1, "Tak", ContentRule.BENEFIT, Set.of(), "300.00", "0.00");
        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile, List.of(), "299.00", List.of(
                        extra("EXTRA_5", Payer.SALARY, "199.00"),
                        extra("EXTRA_15", Payer.VIPPS, "299.00"),
                        extra("EXTRA_1", Payer.VIPPS, "49.00"))))
                .compute();

        assertThat(describe(result)).containsExactly("EXTRA_PACKAGE DEDUCTION EXTRA_5 248.75 [0]");
        assertThat(result.deduction()).isEqualByComparingTo("248.75");
    }

    // --- the free amount -------------------------------------------------------------------------

    @ParameterizedTest(name = "traffic ex {0}, free {1}, salary extra ex {2} → free line {3}, deduction {4}")
    @CsvSource({
            "40.00,  100.00, 0.00,   -50.00,  0.00",
            "80.00,  100.00, 0.00,   -100.00, 0.00",
            "120.00, 100.00, 0.00,   -100.00, 50.00",
            "0.00,   100.00, 0.00,   0.00,    0.00",
            "40.00,  100.00, 199.00, -50.00,  248.75",
            "0.00,   100.00, 199.00, 0.00,    248.75",
            "120.00, 0.00,   0.00,   0.00,    150.00",
    })
    void theFreeAmountNeverGoesBelowZeroNorReducesExtraPackages(String abroadEx, String free, String extraEx,
            String freeLine, String deduction) {
        ProfileInForce profile = profile(3, 1, "Fri", ContentRule.BENEFIT, Set.of(TrafficRule.ABROAD), null, free);
        List<Piece> pieces = nok(abroadEx).signum() == 0 ? List.of()
                : List.of(piece("2026-03-14T10:00", "data", "abroad", "outside_package", abroadEx, 25));
        List<EmployeeMonth.ExtraBought> extras = nok(extraEx).signum() == 0 ? List.of()
                : List.of(extra("EXTRA_5", Payer.SALARY, extraEx));

        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile, pieces, "299.00", extras))
                .compute();

        assertThat(result.deduction()).isEqualTo(nok(deduction));
        assertThat(result.lines()).filteredOn(l -> l.kind() == Kind.FREE_AMOUNT)
                .extracting(ResultLine::amount)
                .containsExactlyElementsOf(nok(freeLine).signum() == 0 ? List.of() : List.of(nok(freeLine)));
    }

    @Test
    void theMaximumAndTheFreeAmountArePerSubscription() {
        ProfileInForce profile = profile(3, 1, "Tak og fri", ContentRule.BENEFIT, Set.of(TrafficRule.ABROAD),
                "300.00", "100.00");
        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile,
                        List.of(piece("2026-03-14T10:00", "voice", "abroad", null, "160.00", 25)), "250.00", List.of()))
                .subscription(subscription(12, profile,
                        List.of(piece("2026-03-14T11:00", "voice", "abroad", null, "40.00", 25)), "250.00", List.of()))
                .compute();

        // 11: T1 200, C 450, T2 = 450 − 200 − 300 = 0, 200 − 100 = 100; 12: T1 50, C 300, T2 0, free 50 → 0
        assertThat(describe(result)).containsExactly(
                "TRAFFIC DEDUCTION ABROAD 200.00 [1]",
                "FREE_AMOUNT DEDUCTION FREE_AMOUNT -100.00 [0]",
                "TRAFFIC DEDUCTION ABROAD 50.00 [1]",
                "FREE_AMOUNT DEDUCTION FREE_AMOUNT -50.00 [0]");
        assertThat(result.lines()).extracting(ResultLine::subscriptionId).containsExactly(11L, 11L, 12L, 12L);
        assertThat(result.deduction()).isEqualByComparingTo("100.00");
    }

    @Test
    void creditsThatOutweighTheTrafficLeaveNoDeductionButStayOnRecord() {
        ProfileInForce profile = profile(3, 1, "Fri", ContentRule.BENEFIT,
                Set.of(TrafficRule.ABROAD, TrafficRule.OUTSIDE_FIXED_PRICE), null, "100.00");
        EmployeeMonthResult result = month()
                .subscription(subscription(11, profile, List.of(
                        piece("2026-03-14T10:00", "voice", "abroad", null, "40.00", 25),
                        piece("2026-03-15T10:00", "voice", "outside_fixed_price", null, "-80.00", 25)),
                        "0.00", List.of(extra("EXTRA_5", Payer.SALARY, "199.00"))))
                .compute();

        // T1 = 50.00 − 100.00 < 0: max(0, T1 + T2 − free) = 0; the extra package is still deducted
        assertThat(describe(result)).containsExactly(
                "TRAFFIC INFO ABROAD 50.00 [1]",
                "TRAFFIC INFO OUTSIDE_FIXED_PRICE -100.00 [1]",
                "EXTRA_PACKAGE DEDUCTION EXTRA_5 248.75 [0]");
        assertThat(result.deduction()).isEqualByComparingTo("248.75");
    }

    // --- content: the yearly threshold -------------------------------------------------------------

    @ParameterizedTest(name = "{0}, Y = {1}, private purchases {2} → A = {3}")
    @CsvSource({
            "2026-01, 0.00,    300.00 400.00,        0.00",
            "2026-01, 0.00,    600.00 600.00,        200.00",
            "2026-06, 900.00,  60.00 60.00 60.00,    80.00",
            "2026-12, 990.00,  20.00,                10.00",
            "2026-12, 999.99,  0.01,                 0.00",
            "2026-12, 999.99,  0.02,                 0.01",
            "2026-12, 1000.00, 25.00 5.00,           30.00",
            "2026-12, 1500.00, 25.00,                25.00",
            "2026-12, 1010.00, -20.00,               -10.00",
    })
    void theAboveThresholdPart(YearMonth usageMonth, String earlier, String purchases, String above) {
        ProfileInForce profile = profile(3, 1, "Fordel", ContentRule.BENEFIT, Set.of(), null, "0.00");
        EmployeeMonthMother.Builder month = month().month(usageMonth).earlierInYear(earlier)
                .subscription(subscription(11, profile, List.of(), "0.00", List.of()));
        int day = 1;
        BigDecimal p = BigDecimal.ZERO;
        for (String gross : purchases.split(" ")) {
            month.content(content(11, profile, usageMonth.atDay(day++).atTime(12, 0).toString(), gross,
                    Classification.PRIVATE));
            p = p.add(nok(gross));
        }

        EmployeeMonthResult result = month.compute();

        assertThat(result.benefit()).isEqualTo(nok(above));
        // with one rule the running sum gives exactly A = max(0, Y + P − T) − max(0, Y − T)
        BigDecimal y = nok(earlier);
        BigDecimal t = EmployeeMonthMother.THRESHOLD;
        assertThat(result.benefit()).isEqualByComparingTo(
                y.add(p).subtract(t).max(BigDecimal.ZERO).subtract(y.subtract(t).max(BigDecimal.ZERO)));
    }

    @Test
    void theThresholdIsCrossedInTimeOrderAcrossSubscriptionsWithDifferentRules() {
        ProfileInForce benefit = profile(3, 1, "Fordel", ContentRule.BENEFIT, Set.of(), null, "0.00");
        ProfileInForce above = profile(4, 1, "Over", ContentRule.DEDUCT_ABOVE_THRESHOLD, Set.of(), null, "0.00");
        EmployeeMonthResult result = month().earlierInYear("950.00")
                .subscription(subscription(11, benefit, List.of(), "0.00", List.of()))
                .subscription(subscription(12, above, List.of(), "0.00", List.of()))
                // given out of order: the later purchase is on the benefit subscription
                .content(content(11, benefit, "2026-03-20T09:00", "40.00", Classification.PRIVATE))
                .content(content(12, above, "2026-03-02T09:00", "40.00", Classification.PRIVATE))
                .compute();

        // 950 + 40 = 990 (nothing above), then 990 + 40 = 1030: 30 above, as a benefit
        assertThat(describe(result)).containsExactly(
                "CONTENT BENEFIT BENEFIT 30.00 [1]");
        assertThat(result.deduction()).isEqualByComparingTo("0");
        assertThat(result.benefit()).isEqualByComparingTo("30.00");
    }

    @ParameterizedTest(name = "unclassified counts as {0} → deducted {1}")
    @CsvSource({"PRIVATE, 30.00", "WORK, 10.00"})
    void unclassifiedPurchasesCountAsTheCompanySays(Classification unclassifiedAs, String deduction) {
        ProfileInForce profile = profile(3, 1, "Alt privat", ContentRule.DEDUCT_ALL_PRIVATE, Set.of(), null, "0.00");
        EmployeeMonthResult result = month().unclassifiedAs(unclassifiedAs)
                .subscription(subscription(11, profile, List.of(), "0.00", List.of()))
                .content(content(11, profile, "2026-03-02T09:00", "10.00", Classification.PRIVATE))
                .content(content(11, profile, "2026-03-03T09:00", "20.00", null))
                .content(content(11, profile, "2026-03-04T09:00", "40.00", Classification.WORK))
                .compute();

        assertThat(result.deduction()).isEqualTo(nok(deduction));
    }

    @Test
    void contentWithoutVatCountsAtItsGross() {
        EmployeeMonthResult result = month().earlierInYear("990.00")
                .subscription(subscription(11, STANDARD, List.of(), "0.00", List.of()))
                .content(content(11, STANDARD, "2026-03-02T09:00", "100.00", Classification.PRIVATE)) // donation, VAT 0
                .compute();

        assertThat(describe(result)).containsExactly("CONTENT DEDUCTION DEDUCT_ABOVE_THRESHOLD 90.00 [1]");
    }

    // --- a profile changed mid-year ----------------------------------------------------------------

    @Test
    void eachSubscriptionUsesTheVersionInForceAndEveryLineNamesIt() {
        ProfileInForce before = profile(5, 1, "Selger", ContentRule.DEDUCT_ALL_PRIVATE,
                Set.of(TrafficRule.ABROAD), null, "0.00");
        ProfileInForce after = profile(5, 2, "Selger (ny)", ContentRule.BENEFIT,
                Set.of(TrafficRule.OUTSIDE_WORKING_HOURS), null, "50.00");
        EmployeeMonthResult result = month().earlierInYear("980.00")
                .subscription(subscription(11, before,
                        List.of(piece("2026-03-14T10:00", "voice", "abroad", null, "40.00", 25),
                                piece("2026-03-14T11:00", "voice", "fixed_price", null, "40.00", 25)),
                        "0.00", List.of()))
                .subscription(subscription(12, after,
                        List.of(piece("2026-03-14T10:00", "voice", "abroad", null, "40.00", 25),
                                piece("2026-03-14T11:00", "voice", "fixed_price", null, "40.00", 25)),
                        "0.00", List.of()))
                .content(content(11, before, "2026-03-02T09:00", "15.00", Classification.PRIVATE))
                .content(content(12, after, "2026-03-03T09:00", "15.00", Classification.PRIVATE))
                .compute();

        assertThat(describe(result)).containsExactly(
                "TRAFFIC DEDUCTION ABROAD 50.00 [1]",
                "TRAFFIC DEDUCTION OUTSIDE_WORKING_HOURS 100.00 [2]",
                "FREE_AMOUNT DEDUCTION FREE_AMOUNT -50.00 [0]",
                "CONTENT DEDUCTION DEDUCT_ALL_PRIVATE 15.00 [1]",
                "CONTENT BENEFIT BENEFIT 10.00 [1]");
        assertThat(result.lines()).extracting(l -> l.profile().version()).containsExactly(1, 2, 2, 1, 2);
        assertThat(result.deduction()).isEqualByComparingTo("115.00");
        assertThat(result.benefit()).isEqualByComparingTo("10.00");
    }

    // --- corrections and totals --------------------------------------------------------------------

    @Test
    void correctionsAreAppendedAsGivenAndCounted() {
        ResultLine lateWork = new ResultLine(Kind.CORRECTION, Treatment.DEDUCTION, null, null, null, "CORRECTION",
                nok("-20.00"), YearMonth.of(2026, 2), List.of());
        ResultLine benefit = new ResultLine(Kind.CORRECTION, Treatment.BENEFIT, null, null, null, "CORRECTION",
                nok("5.00"), YearMonth.of(2026, 1), List.of());
        EmployeeMonthResult result = kari(PRIVATE_USE, true).correction(lateWork).correction(benefit).compute();

        assertThat(result.lines()).endsWith(lateWork, benefit);
        assertThat(result.deduction()).isEqualByComparingTo("1048.63");
        assertThat(result.benefit()).isEqualByComparingTo("5.00");
    }

    @Test
    void aMonthWithNothingToShareHasNoLines() {
        EmployeeMonthResult result = month()
                .subscription(subscription(11, PRIVATE_USE,
                        List.of(piece("2026-03-10T10:00", "voice", "fixed_price", null, "1.00", 25)), "349.00",
                        List.of(extra("EXTRA_5", Payer.COMPANY, "199.00"))))
                .content(content(11, PRIVATE_USE, "2026-03-02T09:00", "15.00", Classification.WORK))
                .compute();

        assertThat(result.lines()).isEmpty();
        assertThat(List.of(result.deduction(), result.benefit(), result.notDeducted()))
                .containsOnly(nok("0.00"));
    }

    @Test
    void theSameInputGivesTheSameResult() {
        EmployeeMonth month = kari(PRIVATE_USE, true).build();

        assertThat(EmployeeMonthCalculator.compute(month)).isEqualTo(EmployeeMonthCalculator.compute(month));
    }

    /** "KIND TREATMENT rule amount [events]" per line. */
    private static List<String> describe(EmployeeMonthResult result) {
        return result.lines().stream()
                .map(l -> l.kind() + " " + l.treatment() + " " + l.rule() + " " + l.amount().toPlainString()
                        + " [" + l.events().size() + "]")
                .toList();
    }
}
