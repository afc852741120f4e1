package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What Budsjett shows (X3): the month and the department chosen (both in the address), the rows, the figures and
 * chart of the choice (a department, or all of them), and the form to set a budget with its values and problems.
 *
 * @param department the chosen customer number, or null for all departments
 * @param months     the months to choose between, newest first
 * @param fromMonths the months a budget may be set from
 * @param problems   field → message key of the form's problems
 */
public record BudgetPage(YearMonth month, YearMonth thisMonth, String department, List<YearMonth> months, List<BudgetLine> lines,
        Summary summary, String chartJson, List<YearMonth> fromMonths, BudgetInput form, Map<String, String> problems, String flash) {

    public static final String PATH = "/insights/budgets";

    /** The chosen department's (or all departments') budget (null: none), cost so far and forecast with its interval. */
    public record Summary(String name, BigDecimal budget, BigDecimal actual, BigDecimal forecast, BigDecimal low,
            BigDecimal high) {

        public boolean over() {
            return budget != null && forecast.compareTo(budget) > 0;
        }
    }

    public boolean current() {
        return month.equals(thisMonth);
    }

    public boolean past() {
        return month.isBefore(thisMonth);
    }

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public String value(String field) {
        String value = switch (field) {
            case "customerNumber" -> form.customerNumber();
            case "msisdn" -> form.msisdn();
            case "amount" -> form.amount();
            case "fromMonth" -> form.fromMonth();
            default -> "";
        };
        return value == null ? "" : value;
    }

    /** The query string of the month and department, for links that keep them. */
    public String query() {
        return "month=" + month + (department == null ? "" : "&department=" + department);
    }

    public List<BudgetLine> departments() {
        return lines.stream().filter(line -> !line.target().user()).toList();
    }
}
