package no.bedriftsportal.customer;

/**
 * What the operator's CRM sends to register a customer company.
 *
 * @param paymentTermsDays days from invoice date to due date; null for the usual 14
 */
public record RegisterCompany(String orgNumber, String name, String addressLine, String postalCode, String city,
        String invoiceEmail, Integer paymentTermsDays) {

    public RegisterCompany(String orgNumber, String name, String addressLine, String postalCode, String city, String invoiceEmail) {
        this(orgNumber, name, addressLine, postalCode, city, invoiceEmail, null);
    }
}
