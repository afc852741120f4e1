package no.bedriftsportal.costsharing;

/**
 * A subscription in the user list: its number, employee, customer number, choice, the employee's
 * pay type and number, whether the employee has a salary-deduction agreement, and Datakontroll today.
 *
 * @param employeeId  null for a subscription without an employee
 * @param profileName the chosen profile's latest name, with {@code PROFILE}
 * @param payType     the employee's own pay type, or null (the settings' deduction pay type applies)
 */
public record UserListRow(long subscriptionId, String msisdn, Long employeeId, String employeeName, String employeeNumber,
        String payType, String customerNumber, String customerAccountName, SubscriptionChoice.Choice choice, Long profileId,
        String profileName, boolean agreement, boolean dataControl) {
}
