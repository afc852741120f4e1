package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.TermChange;

/**
 * Which fee days a run bills and credits (issue #10 point 5), case by case with the worked numbers:
 * fee × days / days in month, half-up to øre, and a credit = what stood billed − what a fresh line
 * for the days left would be. October 2026 is the first month invoiced unless a case says otherwise.
 */
class FeeDaysTest {

    static final Map<String, PricePlan> PLANS = Stream.of(
            new PricePlan("FRI_1", "Bedrift Fri 1 GB", "MOBILE", new BigDecimal("199.00"), true, true, 1_000L),
            new PricePlan("FRI_5", "Bedrift Fri 5 GB", "MOBILE", new BigDecimal("279.00"), true, true, 5_000L),
            new PricePlan("FRI_20", "Bedrift Fri 20 GB", "MOBILE", new BigDecimal("349.00"), true, true, 20_000L),
            new PricePlan("BASIS", "Bedrift Basis", "MOBILE", new BigDecimal("49.00"), true, false, null),
            new PricePlan("MBB_50", "Mobilt bredbånd 50 GB", "BROADBAND", new BigDecimal("299.00"), false, false, 50_000L))
            .collect(Collectors.toMap(PricePlan::code, Function.identity()));

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final long OCTOBER_INVOICE = 100042;
    private static final long NOVEMBER_INVOICE = 100050;

    private final FeeDays feeDays = new FeeDays(PLANS);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a late activation: the missed months billed once, each with its own period",
                        subscription("2025-03-01", null), plans("2025-03-01", "FRI_5"), List.of(), OCTOBER, NOVEMBER,
                        List.of("+ FRI_5 01.10–31.10 279.00", "+ FRI_5 01.11–30.11 279.00")),
                Arguments.of("a late activation within a month: its pro rata, 16 of 31 days",
                        subscription("2026-10-16", null), plans("2026-10-16", "BASIS"), List.of(), OCTOBER, NOVEMBER,
                        List.of("+ BASIS 16.10–31.10 25.29", "+ BASIS 01.11–30.11 49.00")),
                Arguments.of("an activation from before the first month invoiced: no day before it is billed",
                        subscription("2026-08-15", null), plans("2026-08-15", "FRI_1"), List.of(), OCTOBER, NOVEMBER,
                        List.of("+ FRI_1 01.10–31.10 199.00", "+ FRI_1 01.11–30.11 199.00")),
                Arguments.of("the first run: September is another system's (a line ended in it bills nothing)",
                        subscription("2025-03-01", "2026-09-20"), plans("2025-03-01", "FRI_1"), List.of(), OCTOBER, OCTOBER,
                        List.of()),
                Arguments.of("nothing changed since October was invoiced: only November",
                        subscription("2025-03-01", null), plans("2025-03-01", "FRI_5"),
                        List.of(billed(OCTOBER, "FRI_5", 1, 31, "279.00", OCTOBER_INVOICE)), OCTOBER, NOVEMBER,
                        List.of("+ FRI_5 01.11–30.11 279.00")),
                Arguments.of("a backdated termination: the surplus credited, 279.00 − 90.00 (10 of 31 days)",
                        subscription("2025-03-01", "2026-10-11"), plans("2025-03-01", "FRI_5"),
                        List.of(billed(OCTOBER, "FRI_5", 1, 31, "279.00", OCTOBER_INVOICE)), OCTOBER, NOVEMBER,
                        List.of("- FRI_5 11.10–31.10 -189.00 [100042]")),
                Arguments.of("a termination backdated across two invoiced months",
                        subscription("2025-03-01", "2026-10-20"), plans("2025-03-01", "FRI_5"),
                        List.of(billed(OCTOBER, "FRI_5", 1, 31, "279.00", OCTOBER_INVOICE),
                                billed(NOVEMBER, "FRI_5", 1, 30, "279.00", NOVEMBER_INVOICE)), OCTOBER, DECEMBER,
                        List.of("- FRI_5 20.10–31.10 -108.00 [100042]", "- FRI_5 01.11–30.11 -279.00 [100050]")),
                Arguments.of("a termination of a line billed 16 days of 31: 25.29 − 14.23 (9 days) left",
                        subscription("2026-10-16", "2026-10-25"), plans("2026-10-16", "BASIS"),
                        List.of(billed(OCTOBER, "BASIS", 16, 31, "25.29", OCTOBER_INVOICE)), OCTOBER, NOVEMBER,
                        List.of("- BASIS 25.10–31.10 -11.06 [100042]")),
                Arguments.of("an activation corrected to a later day: the days before it credited",
                        subscription("2026-10-16", null), plans("2026-10-16", "FRI_5"),
                        List.of(billed(OCTOBER, "FRI_5", 1, 31, "279.00", OCTOBER_INVOICE)), OCTOBER, NOVEMBER,
                        List.of("- FRI_5 01.10–15.10 -135.00 [100042]", "+ FRI_5 01.11–30.11 279.00")),
                Arguments.of("an activation backdated before the invoiced start: the days before it billed",
                        subscription("2026-10-01", null), plans("2026-10-01", "BASIS"),
                        List.of(billed(OCTOBER, "BASIS", 16, 31, "25.29", OCTOBER_INVOICE)), OCTOBER, NOVEMBER,
                        List.of("+ BASIS 01.10–15.10 23.71", "+ BASIS 01.11–30.11 49.00")),
                Arguments.of("a plan change across invoiced months: the old plan credited, the new billed, month by month",
                        subscription("2025-03-01", null), plans("2025-03-01", "FRI_1", "2026-10-21", "FRI_20"),
                        List.of(billed(OCTOBER, "FRI_1", 1, 31, "199.00", OCTOBER_INVOICE),
                                billed(NOVEMBER, "FRI_1", 1, 30, "199.00", NOVEMBER_INVOICE)), OCTOBER, DECEMBER,
                        List.of("- FRI_1 21.10–31.10 -70.61 [100042]", "+ FRI_20 21.10–31.10 123.84",
                                "- FRI_1 01.11–30.11 -199.00 [100050]", "+ FRI_20 01.11–30.11 349.00",
                                "+ FRI_20 01.12–31.12 349.00")),
                Arguments.of("a plan changed for ten days inside a month: the two stretches left are each a fresh line",
                        subscription("2025-03-01", null), plans("2025-03-01", "FRI_5", "2026-10-11", "FRI_20", "2026-10-21", "FRI_5"),
                        List.of(billed(OCTOBER, "FRI_5", 1, 31, "279.00", OCTOBER_INVOICE)), OCTOBER, OCTOBER,
                        List.of("- FRI_5 11.10–20.10 -90.00 [100042]", "+ FRI_20 11.10–20.10 112.58")),
                Arguments.of("a credit after a credit: what stands billed is folded in order",
                        subscription("2025-03-01", "2026-10-06"), plans("2025-03-01", "FRI_5"),
                        List.of(billed(OCTOBER, "FRI_5", 1, 31, "279.00", OCTOBER_INVOICE),
                                credited(OCTOBER, "FRI_5", 11, 31, "-189.00", NOVEMBER_INVOICE)), OCTOBER, NOVEMBER,
                        List.of("- FRI_5 06.10–10.10 -45.00 [100042]")),
                Arguments.of("a month with a plan billed, then credited, then billed again is billed once",
                        subscription("2025-03-01", null), plans("2025-03-01", "FRI_5"),
                        List.of(billed(OCTOBER, "FRI_5", 1, 31, "279.00", OCTOBER_INVOICE),
                                credited(OCTOBER, "FRI_5", 21, 31, "-99.00", NOVEMBER_INVOICE),
                                billed(OCTOBER, "FRI_5", 21, 31, "99.00", NOVEMBER_INVOICE)), OCTOBER, OCTOBER,
                        List.of()),
                Arguments.of("a line active long before November, the first month invoiced: November only",
                        subscription("2025-03-01", null), plans("2025-03-01", "FRI_5"), List.of(), NOVEMBER, NOVEMBER,
                        List.of("+ FRI_5 01.11–30.11 279.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void billsEveryActiveDayOnce(String what, Subscription subscription, List<TermChange> history, List<FeeLedger.Entry> ledger,
            YearMonth since, YearMonth through, List<String> expected) {
        List<FeeCharge> charges = feeDays.charges(subscription, history, ledger, since, through);

        assertThat(charges).as(what).extracting(FeeDaysTest::describe).containsExactlyElementsOf(expected);
        List<FeeLedger.Entry> after = new ArrayList<>(ledger);
        charges.forEach(charge -> after.add(entry(charge, 100100)));
        assertThat(feeDays.charges(subscription, history, after, since, through)).as("run again: nothing left").isEmpty();
    }

    @Test
    void aFreshLineIsRoundedPerUnbrokenStretch() {
        java.util.BitSet days = new java.util.BitSet();
        days.set(0, 10);  // 1–10 October: 279 × 10/31 = 90.00
        days.set(20, 31); // 21–31 October: 279 × 11/31 = 99.00

        assertThat(feeDays.fresh("FRI_5", OCTOBER, days)).isEqualByComparingTo("189.00");
        days.clear();
        days.set(0, 16);  // 49 × 16/31 = 25.290… → 25.29
        assertThat(feeDays.fresh("BASIS", OCTOBER, days)).isEqualByComparingTo("25.29");
    }

    static Subscription subscription(String activeFrom, String terminatedOn) {
        return new Subscription(1, 7, Msisdn.of("+4791000007"), 3, null, LocalDate.parse(activeFrom),
                terminatedOn == null ? null : LocalDate.parse(terminatedOn), null);
    }

    /** Plan changes as pairs of day and plan code. */
    static List<TermChange> plans(String... dayAndPlan) {
        List<TermChange> changes = new ArrayList<>();
        for (int i = 0; i < dayAndPlan.length; i += 2) {
            changes.add(new TermChange(TermChange.Kind.PLAN, LocalDate.parse(dayAndPlan[i]), dayAndPlan[i + 1], null, null,
                    Instant.EPOCH));
        }
        return changes;
    }

    static FeeLedger.Entry entry(FeeCharge charge, long invoiceNumber) {
        return new FeeLedger.Entry(charge.month(), charge.planCode(), charge.firstDay(), charge.lastDay(), charge.credit(),
                charge.amount(), invoiceNumber);
    }

    private static FeeLedger.Entry billed(YearMonth month, String plan, int first, int last, String amount, long invoice) {
        return new FeeLedger.Entry(month, plan, month.atDay(first), month.atDay(last), false, new BigDecimal(amount), invoice);
    }

    private static FeeLedger.Entry credited(YearMonth month, String plan, int first, int last, String amount, long invoice) {
        return new FeeLedger.Entry(month, plan, month.atDay(first), month.atDay(last), true, new BigDecimal(amount), invoice);
    }

    private static String describe(FeeCharge charge) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM");
        return (charge.credit() ? "- " : "+ ") + charge.planCode() + " " + day.format(charge.firstDay()) + "–"
                + day.format(charge.lastDay()) + " " + charge.amount().toPlainString()
                + (charge.credit() ? " " + charge.billedOn() : "");
    }
}
