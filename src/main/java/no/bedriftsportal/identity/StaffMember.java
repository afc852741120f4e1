package no.bedriftsportal.identity;

import java.time.Instant;

import no.bedriftsportal.shared.Msisdn;

/**
 * One of the operator's own staff (#17.4): decides orders of the portal in the staff queue, and is
 * no user of any company.
 */
public record StaffMember(long staffId, Msisdn msisdn, String name, boolean active, Instant createdAt) {
}
