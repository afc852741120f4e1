package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One row of Budsjett (X3): a department or a user, its budget for the month (null when none is set), since which
 * month that amount holds, and the month's cost so far and forecast.
 */
public record BudgetLine(BudgetTarget target, BigDecimal budget, YearMonth budgetFrom, Forecast forecast) {

    /** The forecast passes the budget. */
    public boolean over() {
        return budget != null && forecast.total().compareTo(budget) > 0;
    }

    /** Even the interval's low end passes the budget: an overrun is all but certain. */
    public boolean surelyOver() {
        return budget != null && forecast.low().compareTo(budget) > 0;
    }

    /** The actual cost so far as a share of the budget, in whole percent (0 when no budget). */
    public int usedPercent() {
        if (budget == null || budget.signum() == 0) {
            return 0;
        }
        return forecast.actual().multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** The forecast as a share of the budget, in whole percent (0 when no budget). */
    public int forecastPercent() {
        if (budget == null || budget.signum() == 0) {
            return 0;
        }
        return forecast.total().multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
