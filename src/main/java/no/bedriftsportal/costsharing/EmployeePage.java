package no.bedriftsportal.costsharing;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.customer.Employee;

/**
 * What the employee page of invoice control shows: the employee's payroll keys, agreement, opening
 * balances, subscriptions with their choice and Datakontroll, and the content purchases of the chosen
 * month with their classification. After a refused change, the errors by field and what was typed.
 *
 * @param agreement  null when none is recorded
 * @param monthFinal the month's result is final: a classification now becomes a correction next month
 * @param typed      what was typed in a refused form, by field name
 */
public record EmployeePage(Employee employee, List<UserListRow> subscriptions, Agreement agreement,
        List<OpeningBalance> openingBalances, YearMonth month, List<YearMonth> months, List<ContentPurchase> purchases,
        boolean monthFinal, Map<String, String> errors, Map<String, String> typed, String flash) {

    public String error(String field) {
        return errors.get(field);
    }

    /** What was typed in the field, else the current value. */
    public String value(String field, String current) {
        return typed.containsKey(field) ? typed.get(field) : current == null ? "" : current;
    }

    public String href() {
        return "/invoice-control/employees/" + employee.id();
    }
}
