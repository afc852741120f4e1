package no.bedriftsportal.insights;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@link AlertKind#BUDGET_FORECAST} (X2 with X3, #18.3): a department's or user's forecast to month end passes its
 * budget. Runs after each file that touched the current month, and asks the budgets' own forecast
 * ({@link BudgetOverruns}), which makes none for a company without a budget. The subject is the user's line, or the
 * department (customer number) for a department's budget; the period is the month, so an overrun is told once a month.
 */
@Component
class AlertBudgetCheck implements AlertCheck {

    private final BudgetOverruns overruns;

    AlertBudgetCheck(BudgetOverruns overruns) {
        this.overruns = overruns;
    }

    @Override
    public AlertKind kind() {
        return AlertKind.BUDGET_FORECAST;
    }

    @Override
    public List<AlertOccurrence> check(AlertRule rule, AlertCheckContext context) {
        YearMonth month = context.thisMonth();
        if (!context.months().contains(month)) {
            return List.of(); // a file of earlier months changes no forecast of this one
        }
        return overruns.overruns(context.companyId(), month).stream()
                .map(overrun -> new AlertOccurrence(overrun.target().subscriptionId(), overrun.target().customerAccountId(), null,
                        month.toString(), month.atDay(1), overrun.forecast(), overrun.budget()))
                .toList();
    }
}
