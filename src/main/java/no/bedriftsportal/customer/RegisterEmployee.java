package no.bedriftsportal.customer;

/** A new employee of a company, as the CRM (or the demo generator) sends it. */
public record RegisterEmployee(String name, String email, String employeeNumber, String payType) {
}
