package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Budsjett's summary and chart (X3): the chosen department's figures, or the sum of all departments', and the
 * running totals through the month — actual, forecast and budget — as the JSON {@code charts/budgets.js} draws.
 */
final class BudgetChart {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BudgetChart() {
    }

    /** The department's line, or all departments summed (a budget only when some department has one). */
    static BudgetPage.Summary summary(List<BudgetLine> lines, String department, String allName) {
        List<BudgetLine> chosen = chosen(lines, department);
        BigDecimal budget = null;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal forecast = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (BudgetLine line : chosen) {
            if (line.budget() != null) {
                budget = budget == null ? line.budget() : budget.add(line.budget());
            }
            actual = actual.add(line.forecast().actual());
            forecast = forecast.add(line.forecast().total());
            low = low.add(line.forecast().low());
            high = high.add(line.forecast().high());
        }
        String name = department == null || chosen.isEmpty() ? allName : chosen.get(0).target().department();
        return new BudgetPage.Summary(name, budget, actual, forecast, low, high);
    }

    /** The chart's data: day labels, the running actual (to today), forecast (the whole month) and budget. */
    static String json(YearMonth month, List<BudgetLine> lines, String department, BudgetPage.Summary summary,
            Map<String, String> names) {
        List<BudgetLine> chosen = chosen(lines, department);
        int days = month.lengthOfMonth();
        List<String> labels = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            labels.add("%02d.%02d".formatted(day, month.getMonthValue()));
        }
        List<BigDecimal> actual = sum(chosen, true);
        List<BigDecimal> forecast = sum(chosen, false);
        // the forecast line starts where the actual one ends, so the two join
        List<BigDecimal> ahead = new ArrayList<>();
        for (int i = 0; i < forecast.size(); i++) {
            ahead.add(i >= actual.size() - 1 ? forecast.get(i) : null);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("actual", actual);
        data.put("forecast", ahead);
        data.put("budget", summary.budget());
        data.put("low", summary.low());
        data.put("high", summary.high());
        data.put("names", names);
        return MAPPER.writeValueAsString(data).replace("<", "\\u003c");
    }

    private static List<BudgetLine> chosen(List<BudgetLine> lines, String department) {
        return lines.stream().filter(line -> !line.target().user())
                .filter(line -> department == null || line.target().customerNumber().equals(department)).toList();
    }

    private static List<BigDecimal> sum(List<BudgetLine> lines, boolean actual) {
        List<BigDecimal> sums = new ArrayList<>();
        for (BudgetLine line : lines) {
            List<BigDecimal> values = actual ? line.forecast().actualCumulative() : line.forecast().forecastCumulative();
            for (int i = 0; i < values.size(); i++) {
                if (i < sums.size()) {
                    sums.set(i, sums.get(i).add(values.get(i)));
                } else {
                    sums.add(values.get(i));
                }
            }
        }
        return sums;
    }
}
