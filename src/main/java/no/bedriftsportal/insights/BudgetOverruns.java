package no.bedriftsportal.insights;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;

/**
 * The budgets whose forecast passes them (X3, #18.3): what the alerts (#18.2) tell the administrators about and
 * what "Krever handling" lists. A public service of the module, so the coordinator can wire the alert to it.
 */
@Component
public class BudgetOverruns {

    private final Budgets budgets;

    BudgetOverruns(Budgets budgets) {
        this.budgets = budgets;
    }

    /** Every department's and user's budget of the company whose forecast for the month passes it, the largest first. */
    public List<BudgetOverrun> overruns(long companyId, YearMonth month) {
        return overruns(AccessScope.wholeCompany(companyId), month);
    }

    /** As {@link #overruns(long, YearMonth)}, within the customer numbers of a scope. */
    public List<BudgetOverrun> overruns(AccessScope scope, YearMonth month) {
        if (!budgets.anyInEffect(scope, month)) {
            return List.of(); // most companies have no budget: no forecast is made after each of their files
        }
        return budgets.overview(scope, month).stream().filter(BudgetLine::over)
                .map(line -> new BudgetOverrun(month, line.target(), line.budget(), line.forecast().actual(),
                        line.forecast().total(), line.forecast().high()))
                .sorted((a, b) -> b.forecast().subtract(b.budget()).compareTo(a.forecast().subtract(a.budget())))
                .toList();
    }
}
