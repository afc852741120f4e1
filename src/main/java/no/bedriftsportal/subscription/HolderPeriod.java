package no.bedriftsportal.subscription;

import java.time.Instant;

/**
 * Who held a subscription during {@code [from, to)}.
 *
 * @param employeeId the holder, or null for none (a spare SIM, a line between users, before the subscription began)
 */
public record HolderPeriod(Long employeeId, Instant from, Instant to) {
}
