package no.bedriftsportal.insights;

/**
 * A budget as typed in the form or sent to the API, before it is checked: the department's customer number, the
 * user's mobile number (blank for the department's own budget), the amount (blank with {@code remove}: no budget
 * from that month) and the month it holds from ({@code yyyy-MM}).
 */
record BudgetInput(String customerNumber, String msisdn, String amount, String fromMonth, boolean remove) {

    static BudgetInput empty(String fromMonth) {
        return new BudgetInput("", "", "", fromMonth, false);
    }
}
