package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NeedsAttention;

/**
 * "Krever handling" from the savings advice (X1): how many subscriptions could cost less and what they would
 * save a month in all, linked to Innsikt → Sparetips. For users granted INSIGHTS, within their customer numbers.
 */
@Component
class AdviceNeedingAttention implements NeedsAttention {

    private final Advice advice;

    AdviceNeedingAttention(Advice advice) {
        this.advice = advice;
    }

    @Override
    public String module() {
        return "INSIGHTS";
    }

    @Override
    public List<Item> items(AccessScope scope) {
        List<AdviceRow> rows = advice.all(scope);
        if (rows.isEmpty()) {
            return List.of();
        }
        BigDecimal perMonth = rows.stream().map(AdviceRow::savingPerMonth).reduce(BigDecimal.ZERO, BigDecimal::add);
        return List.of(new Item("savings-advice", "advice.attention", AdviceQuery.PATH, perMonth, rows.size(), 0, null, false));
    }
}
