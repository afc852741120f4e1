package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.Units;

/**
 * Re-rates a subscription's complete months under each plan of its product group (X1, #18.1, ADR 0027) and
 * finds the cheapest. A month on plan P costs: the monthly fee pro rata for its active days
 * ({@code fee × active days / days in month}); domestic calls, SMS and MMS at the catalogue's prices
 * unless P has fixed price; data in Norway and the EU/EEA beyond P's package covered the cheapest way
 * (extra packages and/or per MB, {@link AdviceExtras}); and everything no plan changes (roaming in Z1–Z3,
 * calls to foreign numbers, content services, directory enquiries) as it was rated. The current plan's
 * months keep the extra packages and per-MB data actually bought, so the saving compares what was paid
 * with what the suggestion would have cost. Pure arithmetic: the tests check it against hand calculations.
 */
final class AdviceCalculator {

    /** Advice saving less than this per month is not worth an administrator's time. */
    static final BigDecimal MINIMUM_SAVING = new BigDecimal("5.00");
    /** Extra packages bought in at least this many of the months are a habit (#18.1). */
    static final int REPEATED_EXTRA_MONTHS = 3;
    /** Fewer months than this make the advice uncertain whatever they show. */
    static final int STABLE_MONTHS = 3;

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(Units.SECONDS_PER_MINUTE);

    private final AdvicePrices prices;

    AdviceCalculator(AdvicePrices prices) {
        this.prices = prices;
    }

    /** The advice for a subscription on {@code current} over these months, or none when nothing saves enough. */
    Optional<AdviceFinding> advise(PricePlan current, List<AdviceMonth> months) {
        if (months.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> currentCosts = months.stream().map(month -> currentCost(current, month)).toList();
        PricePlan best = null;
        List<BigDecimal> bestCosts = null;
        BigDecimal bestSum = null;
        for (PricePlan candidate : prices.candidates(current)) {
            List<BigDecimal> costs = months.stream().map(month -> cost(candidate, current, month)).toList();
            BigDecimal sum = sum(costs);
            if (bestSum == null || sum.compareTo(bestSum) < 0 || sum.compareTo(bestSum) == 0 && candidate == current) {
                best = candidate;
                bestCosts = costs;
                bestSum = sum;
            }
        }
        BigDecimal currentSum = sum(currentCosts);
        BigDecimal perMonth = average(currentSum.subtract(bestSum), months.size());
        if (perMonth.compareTo(MINIMUM_SAVING) < 0) {
            return Optional.empty();
        }
        List<BigDecimal> savings = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            savings.add(currentCosts.get(i).subtract(bestCosts.get(i)));
        }
        int monthsWithExtras = (int) months.stream().filter(month -> month.extraPackages() > 0).count();
        boolean bigger = best.dataPackageBytes() > current.dataPackageBytes();
        AdviceKind kind = best.code().equals(current.code())
                || monthsWithExtras >= REPEATED_EXTRA_MONTHS && bigger ? AdviceKind.EXTRA_PACKAGES : AdviceKind.PLAN;
        return Optional.of(new AdviceFinding(kind, current.code(), best.code(), average(currentSum, months.size()),
                average(bestSum, months.size()), perMonth, months.stream().map(AdviceMonth::month).toList(), savings,
                confidence(savings), habit(best, current, months)));
    }

    /** What the month cost on the current plan: its fee, the usage as rated and the extra packages actually bought. */
    BigDecimal currentCost(PricePlan current, AdviceMonth month) {
        return fee(current, month).add(traffic(current, current, month)).add(month.homeDataAmount())
                .add(month.extraPackagesAmount()).add(unchanged(current, month));
    }

    /** What the month would have cost on {@code plan}, its data beyond the package covered the cheapest way. */
    BigDecimal cost(PricePlan plan, PricePlan current, AdviceMonth month) {
        return fee(plan, month).add(traffic(plan, current, month)).add(cover(plan, month).amount()).add(unchanged(current, month));
    }

    /** The monthly fee for the days the subscription was active: {@code fee × active days / days in month}. */
    static BigDecimal fee(PricePlan plan, AdviceMonth month) {
        if (month.activeDays() >= month.daysInMonth()) {
            return plan.monthlyFee();
        }
        return plan.monthlyFee().multiply(BigDecimal.valueOf(month.activeDays()))
                .divide(BigDecimal.valueOf(month.daysInMonth()), 2, RoundingMode.HALF_UP);
    }

    /** Domestic calls, SMS and MMS on {@code plan}: included with fixed price, else at the catalogue's prices. */
    BigDecimal traffic(PricePlan plan, PricePlan current, AdviceMonth month) {
        if (plan.fixedPrice() || !plan.voiceAndMessaging()) {
            return BigDecimal.ZERO;
        }
        boolean included = current.fixedPrice();
        long seconds = included ? month.callSecondsIncluded() : month.callSecondsCharged();
        long sms = included ? month.smsIncluded() : month.smsCharged();
        long mms = included ? month.mmsIncluded() : month.mmsCharged();
        return prices.callMinute().multiply(BigDecimal.valueOf(seconds)).divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP)
                .add(prices.sms().multiply(BigDecimal.valueOf(sms))).add(prices.mms().multiply(BigDecimal.valueOf(mms)));
    }

    /** The month's data in Norway and the EU/EEA beyond {@code plan}'s package, covered the cheapest way. */
    AdviceExtras.Cover cover(PricePlan plan, AdviceMonth month) {
        return AdviceExtras.cheapest(month.homeDataBytes() - plan.dataPackageBytes(), prices.extraPackages(), prices.dataMb());
    }

    /** What no plan changes: the usage as rated less domestic data and, off fixed price, domestic calls and messages. */
    private static BigDecimal unchanged(PricePlan current, AdviceMonth month) {
        BigDecimal unchanged = month.usageAmount().subtract(month.homeDataAmount());
        return current.fixedPrice() ? unchanged : unchanged.subtract(month.chargedAmount());
    }

    private List<AdviceHabit> habit(PricePlan plan, PricePlan current, List<AdviceMonth> months) {
        List<ExtraPackage> packages = prices.extraPackages();
        int[] inMonths = new int[packages.size()];
        int[] counts = new int[packages.size()];
        for (AdviceMonth month : months) {
            int[] bought = cover(plan, month).counts();
            for (int i = 0; i < bought.length; i++) {
                inMonths[i] += bought[i] > 0 ? 1 : 0;
                counts[i] += bought[i];
            }
        }
        List<AdviceHabit> habit = new ArrayList<>();
        for (int i = packages.size() - 1; i >= 0; i--) {
            if (counts[i] > 0) {
                habit.add(new AdviceHabit(packages.get(i).code(), packages.get(i).name(), inMonths[i], counts[i], months.size()));
            }
        }
        return habit;
    }

    /** ADR 0027: high when every month saves, low on few months or when one month carries the saving. */
    static AdviceConfidence confidence(List<BigDecimal> savings) {
        if (savings.size() < STABLE_MONTHS) {
            return AdviceConfidence.LOW;
        }
        BigDecimal total = sum(savings);
        BigDecimal biggest = savings.stream().max(BigDecimal::compareTo).orElseThrow();
        if (total.subtract(biggest).signum() <= 0) {
            return AdviceConfidence.LOW;
        }
        return savings.stream().allMatch(saving -> saving.signum() >= 0) ? AdviceConfidence.HIGH : AdviceConfidence.MEDIUM;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal average(BigDecimal sum, int months) {
        return sum.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
    }

    /** The months the advice reads: the six complete months before this one. */
    static List<YearMonth> window(YearMonth thisMonth, int months) {
        List<YearMonth> window = new ArrayList<>();
        for (int back = months; back >= 1; back--) {
            window.add(thisMonth.minusMonths(back));
        }
        return window;
    }
}
