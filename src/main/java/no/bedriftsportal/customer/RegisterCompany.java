package no.bedriftsportal.customer;

/** What the operator's CRM sends to register a customer company. */
public record RegisterCompany(String orgNumber, String name, String addressLine, String postalCode, String city,
        String invoiceEmail) {
}
