package no.bedriftsportal.customer;

import java.time.Instant;

import no.bedriftsportal.shared.OrgNumber;

/**
 * A customer company: the tenant every other piece of company data belongs to.
 *
 * @param paymentTermsDays days from invoice date to due date
 */
public record Company(long id, OrgNumber orgNumber, String name, String addressLine, String postalCode, String city,
        String invoiceEmail, int paymentTermsDays, Instant createdAt) {
}
