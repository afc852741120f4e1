package no.bedriftsportal.subscription;

import java.time.Instant;

/**
 * One entry of a subscription's holder history: from {@code effectiveFrom} on, until the next entry,
 * the line is used by {@code employeeId}.
 *
 * @param employeeId the holder, or null for none
 * @param recordedAt when the change was recorded
 * @param changedBy  who recorded it (the operator's CRM, a portal user's name, "activation", "system")
 */
public record HolderChange(Long employeeId, Instant effectiveFrom, Instant recordedAt, String changedBy) {
}
