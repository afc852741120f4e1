package no.bedriftsportal.customer;

import java.time.Instant;

import no.bedriftsportal.shared.OrgNumber;

/**
 * A customer company: the tenant every other piece of company data belongs to.
 *
 * @param paymentTermsDays  days from invoice date to due date
 * @param notificationEmail where copies of notices to the company go (S2), or null for none
 * @param language          the language of the SMS and e-mail the portal sends to the company's people (S2)
 */
public record Company(long id, OrgNumber orgNumber, String name, String addressLine, String postalCode, String city,
        String invoiceEmail, int paymentTermsDays, Instant createdAt, String notificationEmail, CompanyLanguage language) {
}
