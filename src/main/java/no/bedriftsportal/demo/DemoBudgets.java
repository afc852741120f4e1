package no.bedriftsportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.insights.BudgetLine;
import no.bedriftsportal.insights.Budgets;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * Budsjett in the demo (#18.3, X3): every department gets a monthly budget from this month on, a fifth above its
 * forecast (rounded up to a thousand), except the first, whose budget is a tenth below it — so the demo shows a
 * forecast over budget on the page, on the dashboard's card and under "Krever handling".
 */
@Component
class DemoBudgets {

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal FIVE_HUNDRED = new BigDecimal("500");

    private final Budgets budgets;
    private final Clock clock;

    DemoBudgets(Budgets budgets, Clock clock) {
        this.budgets = budgets;
        this.clock = clock;
    }

    void seed(long companyId) {
        YearMonth month = YearMonth.from(Oslo.today(clock));
        List<BudgetLine> lines = budgets.overview(AccessScope.wholeCompany(companyId), month);
        boolean first = true;
        for (BudgetLine line : lines) {
            if (line.target().user()) {
                continue;
            }
            BigDecimal forecast = line.forecast().total();
            BigDecimal amount = first
                    ? round(forecast.multiply(new BigDecimal("0.9")), FIVE_HUNDRED, RoundingMode.DOWN)
                    : round(forecast.multiply(new BigDecimal("1.2")), THOUSAND, RoundingMode.UP);
            budgets.setBySystem(companyId, line.target().customerNumber(), amount.max(FIVE_HUNDRED), month, "Demo");
            first = false;
        }
    }

    private static BigDecimal round(BigDecimal amount, BigDecimal step, RoundingMode mode) {
        return amount.divide(step, 0, mode).multiply(step);
    }
}
