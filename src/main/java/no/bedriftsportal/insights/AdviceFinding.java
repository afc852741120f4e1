package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What re-rating one subscription's months found (X1): the plan (with its extra packages) that would
 * have cost least, and what it saves against what the months cost on the current plan.
 *
 * @param currentCost   the months' cost on the current plan with the extra packages actually bought, on average per month
 * @param suggestedCost the same months on the suggested plan with the cheapest extra packages, on average per month
 * @param habit         the extra packages the suggestion counts on; empty when none
 * @param monthSavings  per month, what the suggestion would have saved (negative: cost more)
 */
record AdviceFinding(AdviceKind kind, String currentPlan, String suggestedPlan, BigDecimal currentCost,
        BigDecimal suggestedCost, BigDecimal savingPerMonth, List<YearMonth> months, List<BigDecimal> monthSavings,
        AdviceConfidence confidence, List<AdviceHabit> habit) {

    BigDecimal savingPerYear() {
        return savingPerMonth.multiply(BigDecimal.valueOf(12));
    }
}
