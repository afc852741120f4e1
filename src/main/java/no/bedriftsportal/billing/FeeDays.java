package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.SubscriptionTerms;
import no.bedriftsportal.subscription.TermChange;

/**
 * Works out which fee days a run must bill and credit so that every day a subscription was active
 * is billed once, under the plan it had that day (CATALOG.md: {@code fee × active days / days in
 * month}, half-up to øre). For each month from the first month ever invoiced up to the month run,
 * it compares the days the subscription is active under each plan now with the days the ledger
 * says are billed: days missing are billed (a late activation's earlier months, each with its own
 * period and its month's pro rata), days billed but no longer active under that plan are credited
 * (a backdated termination, a plan changed back into an invoiced month).
 *
 * <p>Amounts are never rounded twice: a fresh invoice bills a month's days under a plan as one line
 * per unbroken stretch, each rounded; a change from what stands billed to what a fresh invoice would
 * bill now is made one stretch of days at a time, and each line is the difference between what a
 * fresh invoice would bill before and after it (the first, from what the ledger says was billed).
 * So after the run the amount billed for a month and plan is exactly a fresh invoice's. Pure.
 */
final class FeeDays {

    private final Map<String, PricePlan> plans;

    FeeDays(Map<String, PricePlan> plans) {
        this.plans = plans;
    }

    /**
     * The fee lines of one subscription for a run through {@code through}, in month and day order.
     *
     * @param history the subscription's term changes in date order
     * @param ledger  its ledger entries in the order written
     * @param since   the first month ever invoiced: days before it are not billed here
     */
    List<FeeCharge> charges(Subscription subscription, List<TermChange> history, List<FeeLedger.Entry> ledger, YearMonth since,
            YearMonth through) {
        Map<YearMonth, List<FeeLedger.Entry>> ledgerByMonth = new TreeMap<>();
        ledger.forEach(entry -> ledgerByMonth.computeIfAbsent(entry.month(), month -> new ArrayList<>()).add(entry));
        SortedSet<YearMonth> months = new TreeSet<>(ledgerByMonth.keySet());
        YearMonth firstActive = YearMonth.from(subscription.activeFrom());
        YearMonth lastActive = subscription.terminatedOn() == null ? through
                : YearMonth.from(subscription.terminatedOn().minusDays(1));
        for (YearMonth month = firstActive.isBefore(since) ? since : firstActive;
                !month.isAfter(through) && !month.isAfter(lastActive); month = month.plusMonths(1)) {
            months.add(month);
        }
        List<FeeCharge> charges = new ArrayList<>();
        for (YearMonth month : months.subSet(since, through.plusMonths(1))) {
            charges.addAll(month(subscription, history, month, ledgerByMonth.getOrDefault(month, List.of())));
        }
        return charges;
    }

    /** What a fresh invoice bills for these days of a month under a plan: each unbroken stretch rounded by itself. */
    BigDecimal fresh(String planCode, YearMonth month, BitSet days) {
        BigDecimal monthlyFee = plan(planCode).monthlyFee();
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (int start = days.nextSetBit(0); start >= 0; start = days.nextSetBit(days.nextClearBit(start))) {
            int length = days.nextClearBit(start) - start;
            amount = amount.add(monthlyFee.multiply(BigDecimal.valueOf(length))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP));
        }
        return amount;
    }

    /** The days of a month the subscription is active under each plan (bit 0 = the 1st). */
    static Map<String, BitSet> activeDays(Subscription subscription, List<TermChange> history, YearMonth month) {
        Map<String, BitSet> byPlan = new TreeMap<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            if (subscription.activeOn(date)) {
                byPlan.computeIfAbsent(SubscriptionTerms.from(history, date).planCode(), plan -> new BitSet()).set(day - 1);
            }
        }
        return byPlan;
    }

    private List<FeeCharge> month(Subscription subscription, List<TermChange> history, YearMonth month,
            List<FeeLedger.Entry> entries) {
        Map<String, BitSet> active = activeDays(subscription, history, month);
        Map<String, Billed> billed = new LinkedHashMap<>();
        for (FeeLedger.Entry entry : entries) {
            billed.computeIfAbsent(entry.planCode(), plan -> new Billed(month.lengthOfMonth())).add(entry);
        }
        TreeSet<String> planCodes = new TreeSet<>(active.keySet());
        planCodes.addAll(billed.keySet());
        List<FeeCharge> charges = new ArrayList<>();
        for (String planCode : planCodes) {
            BitSet target = active.getOrDefault(planCode, new BitSet());
            Billed standing = billed.getOrDefault(planCode, new Billed(month.lengthOfMonth()));
            if (!target.equals(standing.days)) {
                charges.addAll(changes(subscription.id(), month, planCode, standing, target));
            }
        }
        charges.sort(Comparator.comparing(FeeCharge::firstDay).thenComparing(charge -> !charge.credit()));
        return charges;
    }

    /** From what stands billed to {@code target}: first each stretch no longer due is credited, then each missing one billed. */
    private List<FeeCharge> changes(long subscriptionId, YearMonth month, String planCode, Billed standing, BitSet target) {
        List<FeeCharge> changes = new ArrayList<>();
        BitSet days = (BitSet) standing.days.clone();
        BigDecimal value = standing.amount;
        BitSet surplus = (BitSet) standing.days.clone();
        surplus.andNot(target);
        for (int[] stretch : stretches(surplus)) {
            days.clear(stretch[0], stretch[1] + 1);
            BigDecimal after = fresh(planCode, month, days);
            changes.add(new FeeCharge(subscriptionId, month, planCode, month.atDay(stretch[0] + 1), month.atDay(stretch[1] + 1),
                    true, after.subtract(value), standing.invoicesOf(stretch)));
            value = after;
        }
        BitSet missing = (BitSet) target.clone();
        missing.andNot(standing.days);
        for (int[] stretch : stretches(missing)) {
            days.set(stretch[0], stretch[1] + 1);
            BigDecimal after = fresh(planCode, month, days);
            changes.add(new FeeCharge(subscriptionId, month, planCode, month.atDay(stretch[0] + 1), month.atDay(stretch[1] + 1),
                    false, after.subtract(value), List.of()));
            value = after;
        }
        return changes;
    }

    private PricePlan plan(String planCode) {
        PricePlan plan = plans.get(planCode);
        if (plan == null) {
            throw new IllegalStateException("unknown price plan " + planCode);
        }
        return plan;
    }

    /** The unbroken stretches of set bits, as {first, last} indexes. */
    private static List<int[]> stretches(BitSet days) {
        List<int[]> stretches = new ArrayList<>();
        for (int start = days.nextSetBit(0); start >= 0; start = days.nextSetBit(days.nextClearBit(start))) {
            stretches.add(new int[] {start, days.nextClearBit(start) - 1});
        }
        return stretches;
    }

    /** What stands billed of one plan in one month: the days, their amount, and which invoice billed each day. */
    private static final class Billed {

        private final BitSet days = new BitSet();
        private final long[] invoiceByDay;
        private BigDecimal amount = BigDecimal.ZERO.setScale(2);

        Billed(int daysInMonth) {
            this.invoiceByDay = new long[daysInMonth];
        }

        void add(FeeLedger.Entry entry) {
            int first = entry.firstDay().getDayOfMonth() - 1;
            int last = entry.lastDay().getDayOfMonth() - 1;
            if (entry.credit()) {
                days.clear(first, last + 1);
            } else {
                days.set(first, last + 1);
                Arrays.fill(invoiceByDay, first, last + 1, entry.invoiceNumber());
            }
            amount = amount.add(entry.amount());
        }

        List<Long> invoicesOf(int[] stretch) {
            TreeSet<Long> numbers = new TreeSet<>();
            for (int day = stretch[0]; day <= stretch[1]; day++) {
                numbers.add(invoiceByDay[day]);
            }
            return List.copyOf(numbers);
        }
    }
}
