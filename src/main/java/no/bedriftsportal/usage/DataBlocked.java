package no.bedriftsportal.usage;

import java.time.Instant;

/**
 * Datakontroll blocked data: the packages ran out and nothing is bought automatically. Reported
 * once per block, so that the caller can record it and tell the employee.
 *
 * @param blockedAt the start time of the event that ran out of data
 */
public record DataBlocked(long subscriptionId, Instant blockedAt) {
}
