package no.bedriftsportal.customer;

import no.bedriftsportal.shared.OrgNumber;

/** A new customer company was registered by the operator. */
public record CompanyRegistered(long companyId, OrgNumber orgNumber) {
}
