package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NeedsAttention;

/**
 * "Krever handling" from Budsjett (X3): this month's budgets whose forecast passes them, for users granted Innsikt,
 * within their customer numbers. One item for the largest overrun (with how many there are), linked to the page on
 * its department; urgent when even the forecast's low end passes the budget.
 */
@Component
class BudgetNeedingAttention implements NeedsAttention {

    private final BudgetOverruns overruns;
    private final Budgets budgets;

    BudgetNeedingAttention(BudgetOverruns overruns, Budgets budgets) {
        this.overruns = overruns;
        this.budgets = budgets;
    }

    @Override
    public String module() {
        return "INSIGHTS";
    }

    @Override
    public List<Item> items(AccessScope scope) {
        List<BudgetOverrun> over = overruns.overruns(scope, budgets.thisMonth());
        List<Item> items = new ArrayList<>();
        if (!over.isEmpty()) {
            BudgetOverrun largest = over.get(0);
            BigDecimal beyond = largest.forecast().subtract(largest.budget());
            String name = largest.target().user()
                    ? (largest.target().userName() == null ? no.bedriftsportal.shared.NorwegianFormat.msisdn(largest.target().msisdn())
                            : largest.target().userName())
                    : largest.target().department();
            items.add(new Item("budget-forecast-over", over.size() == 1 ? "budgets.attention.one" : "budgets.attention.many",
                    BudgetPage.PATH + "?department=" + largest.target().customerNumber(), beyond, over.size(), 0, name,
                    largest.high() != null && largest.budget().compareTo(largest.actual()) < 0));
        }
        return items;
    }
}
