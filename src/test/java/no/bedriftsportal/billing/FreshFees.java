package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.SubscriptionTerms;
import no.bedriftsportal.subscription.TermChange;

/**
 * What a fresh invoice bills of one subscription's fees for one month, worked out here on its own
 * (as the invoice run did before the fee ledger): one line per unbroken stretch of days under one
 * plan, each {@code fee × days / days in month} rounded half-up to øre. The tests compare the fee
 * lines of any sequence of runs with it.
 */
final class FreshFees {

    private FreshFees() {
    }

    /** Per plan; plans with nothing to bill are left out. */
    static Map<String, BigDecimal> perPlan(Map<String, PricePlan> plans, Subscription subscription, List<TermChange> history,
            YearMonth month) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        String stretchPlan = null;
        int stretchDays = 0;
        for (int day = 1; day <= month.lengthOfMonth() + 1; day++) {
            String plan = null;
            if (day <= month.lengthOfMonth()) {
                LocalDate date = month.atDay(day);
                plan = subscription.activeOn(date) ? SubscriptionTerms.from(history, date).planCode() : null;
            }
            if (stretchPlan != null && !stretchPlan.equals(plan)) {
                BigDecimal fee = plans.get(stretchPlan).monthlyFee().multiply(BigDecimal.valueOf(stretchDays))
                        .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
                sums.merge(stretchPlan, fee, BigDecimal::add);
                stretchPlan = null;
            }
            if (plan != null && stretchPlan == null) {
                stretchPlan = plan;
                stretchDays = 0;
            }
            stretchDays++;
        }
        sums.values().removeIf(sum -> sum.signum() == 0);
        return sums;
    }

    static BigDecimal total(Map<String, PricePlan> plans, Subscription subscription, List<TermChange> history, YearMonth month) {
        return perPlan(plans, subscription, history, month).values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
