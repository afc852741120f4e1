package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.TermChange;

/**
 * Over any sequence of monthly runs with backdated terminations, activations moved either way and
 * plan changes in between, every active day since the first month invoiced is billed once under
 * the plan it had: after each run, the fee lines of each month add up, per plan, to what a fresh
 * invoice for that month's days would bill — to the øre — and no day outside is billed.
 */
class FeeDaysPropertyTest {

    private static final YearMonth FIRST_RUN = YearMonth.of(2026, 10);
    private static final LocalDate EARLIEST = LocalDate.of(2025, 6, 1);
    private static final LocalDate LATEST = LocalDate.of(2027, 6, 30);
    private static final List<String> PLAN_CODES = List.copyOf(FeeDaysTest.PLANS.keySet());

    private final FeeDays feeDays = new FeeDays(FeeDaysTest.PLANS);

    sealed interface Step permits RunMonth, Terminate, MoveActivation, ChangePlan {
    }

    record RunMonth() implements Step {
    }

    record Terminate(LocalDate on) implements Step {
    }

    record MoveActivation(LocalDate to) implements Step {
    }

    record ChangePlan(LocalDate from, String planCode) implements Step {
    }

    record Scenario(LocalDate activeFrom, String planCode, List<Step> steps) {
    }

    @Property(tries = 400)
    void everyActiveDayIsBilledOnceUnderThePlanItHad(@ForAll("scenarios") Scenario scenario) {
        LocalDate activeFrom = scenario.activeFrom();
        LocalDate terminatedOn = null;
        // the first plan from before any day the line can be active, so every active day has one
        TreeMap<LocalDate, String> plans = new TreeMap<>(Map.of(EARLIEST.minusMonths(1), scenario.planCode()));
        List<FeeLedger.Entry> ledger = new ArrayList<>();
        YearMonth month = FIRST_RUN.minusMonths(1);
        long invoiceNumber = 100_000;
        for (Step step : scenario.steps()) {
            if (step instanceof Terminate terminate && terminate.on().isAfter(activeFrom)) {
                terminatedOn = terminate.on();
            } else if (step instanceof MoveActivation move && (terminatedOn == null || move.to().isBefore(terminatedOn))) {
                activeFrom = move.to();
            } else if (step instanceof ChangePlan change) {
                plans.put(change.from(), change.planCode());
            } else if (step instanceof RunMonth) {
                month = month.plusMonths(1);
                invoiceNumber++;
                Subscription subscription = new Subscription(1, 7, Msisdn.of("+4791000007"), 3, null, activeFrom, terminatedOn, null);
                List<TermChange> history = history(plans);
                for (FeeCharge charge : feeDays.charges(subscription, history, ledger, FIRST_RUN, month)) {
                    assertThat(charge.month()).isBetween(FIRST_RUN, month);
                    assertThat(charge.credit()).as("a credit names what billed it").isEqualTo(!charge.billedOn().isEmpty());
                    ledger.add(FeeDaysTest.entry(charge, invoiceNumber));
                }
                for (YearMonth billed = FIRST_RUN; !billed.isAfter(month.plusMonths(1)); billed = billed.plusMonths(1)) {
                    assertThat(billedPerPlan(ledger, billed)).as("%s after the run of %s: %s", billed, month, scenario)
                            .isEqualTo(fresh(subscription, history, billed, month));
                }
            }
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, (int) (LATEST.toEpochDay() - EARLIEST.toEpochDay()))
                .map(EARLIEST::plusDays);
        Arbitrary<String> plans = Arbitraries.of(PLAN_CODES);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(new RunMonth())),
                net.jqwik.api.Tuple.of(2, days.map(Terminate::new)),
                net.jqwik.api.Tuple.of(1, days.map(MoveActivation::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(days, plans).as(ChangePlan::new)));
        return Combinators.combine(days, plans, step.list().ofMinSize(1).ofMaxSize(24)).as(Scenario::new);
    }

    private static List<TermChange> history(TreeMap<LocalDate, String> plans) {
        return plans.entrySet().stream()
                .map(plan -> new TermChange(TermChange.Kind.PLAN, plan.getKey(), plan.getValue(), null, null, Instant.EPOCH))
                .sorted(Comparator.comparing(TermChange::effectiveFrom)).toList();
    }

    /** What the ledger says stands billed for a month, per plan (plans with nothing left out). */
    private static Map<String, BigDecimal> billedPerPlan(List<FeeLedger.Entry> ledger, YearMonth month) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        ledger.stream().filter(entry -> entry.month().equals(month))
                .forEach(entry -> sums.merge(entry.planCode(), entry.amount(), BigDecimal::add));
        sums.values().removeIf(sum -> sum.signum() == 0);
        return sums;
    }

    /** A fresh invoice's fees for the month, per plan; nothing for a month before the first run or after the run. */
    private static Map<String, BigDecimal> fresh(Subscription subscription, List<TermChange> history, YearMonth month,
            YearMonth runThrough) {
        if (month.isBefore(FIRST_RUN) || month.isAfter(runThrough)) {
            return Map.of();
        }
        return FreshFees.perPlan(FeeDaysTest.PLANS, subscription, history, month);
    }
}
