package no.bedriftsportal.customer;

/** A customer number (kundenummer): an invoice account of a company, named after its department. */
public record CustomerAccount(long companyId, long id, String number, String name) {
}
