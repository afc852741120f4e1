package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.customer.CustomerAccount;

/**
 * The savings advice of a scope (X1): the rows the query lets through in its order, what they save in all,
 * how many there are of each kind (before the kind filter), and the customer numbers to filter by.
 *
 * @param window the complete months read: the six before this one
 * @param today  the day the idle subscriptions are counted back from (60 days)
 */
public record AdviceReport(AdviceQuery query, List<AdviceRow> rows, BigDecimal savingPerMonth, BigDecimal savingPerYear,
        Map<AdviceKind, Integer> kinds, List<CustomerAccount> departments, List<YearMonth> window, LocalDate today) {

    public AdviceReport {
        rows = List.copyOf(rows);
        departments = List.copyOf(departments);
        window = List.copyOf(window);
    }

    public int count(AdviceKind kind) {
        return kinds.getOrDefault(kind, 0);
    }
}
