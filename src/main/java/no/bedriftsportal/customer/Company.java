package no.bedriftsportal.customer;

import java.time.Instant;

import no.bedriftsportal.shared.OrgNumber;

/** A customer company: the tenant every other piece of company data belongs to. */
public record Company(long id, OrgNumber orgNumber, String name, String addressLine, String postalCode, String city,
        String invoiceEmail, Instant createdAt) {
}
