package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One piece of savings advice for one subscription (X1), as the page, the exports and the API show it.
 *
 * @param holderName       the employee holding the subscription, or null for a line without one
 * @param suggestedPlan    the plan to move to; null for {@link AdviceKind#IDLE} (terminate)
 * @param currentCost      what the months cost on average on the current plan (for IDLE: its monthly fee)
 * @param suggestedCost    what they would have cost on the suggestion (for IDLE: 0)
 * @param months           the complete months the advice is based on (none for IDLE)
 * @param lastTraffic      the last day with any traffic, or null when none was ever seen (IDLE only)
 */
public record AdviceRow(long subscriptionId, String msisdn, Long employeeId, String holderName, String customerNumber,
        String departmentName, AdviceKind kind, String currentPlan, String currentPlanName, String suggestedPlan,
        String suggestedPlanName, List<AdviceHabit> habit, BigDecimal currentCost, BigDecimal suggestedCost,
        BigDecimal savingPerMonth, BigDecimal savingPerYear, List<YearMonth> months, AdviceConfidence confidence,
        LocalDate lastTraffic) {

    public AdviceRow {
        habit = List.copyOf(habit);
        months = List.copyOf(months);
    }

    public YearMonth firstMonth() {
        return months.isEmpty() ? null : months.get(0);
    }

    public YearMonth lastMonth() {
        return months.isEmpty() ? null : months.get(months.size() - 1);
    }
}
