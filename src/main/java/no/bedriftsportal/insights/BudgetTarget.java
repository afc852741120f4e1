package no.bedriftsportal.insights;

/**
 * What a budget is for (X3): a department (customer number), or one user within it — a subscription, the line the
 * cost is billed on, named by its holder (docs/adr/0029-budgets-and-forecast.md).
 *
 * @param subscriptionId null for the department's budget
 * @param msisdn         the user's mobile number (E.164), null for a department
 * @param userName       the holder's name, null for a department or a line without a holder
 */
public record BudgetTarget(long customerAccountId, String customerNumber, String department, Long subscriptionId,
        String msisdn, String userName) {

    public boolean user() {
        return subscriptionId != null;
    }

    /** The key of its forecast inputs. */
    String key() {
        return user() ? "S" + subscriptionId : "A" + customerAccountId;
    }
}
