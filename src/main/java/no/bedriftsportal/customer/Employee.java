package no.bedriftsportal.customer;

/**
 * A person at a customer company who may hold subscriptions. The employee number and pay type
 * (lønnsart) are the keys payroll exports need.
 */
public record Employee(long companyId, long id, String name, String email, String employeeNumber, String payType) {
}
