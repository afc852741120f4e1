package no.bedriftsportal.identity;

import java.time.Instant;
import java.util.Set;

import no.bedriftsportal.shared.api.ApiScope;

/**
 * A company API token as lists show it: never its secret, only the first characters.
 *
 * @param customerAccountIds the customer numbers it is limited to, or {@code null} for all
 */
public record ApiToken(long companyId, long id, String name, String prefix, Set<ApiScope> scopes, Set<Long> customerAccountIds,
        long createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, Long revokedBy) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
        customerAccountIds = customerAccountIds == null ? null : Set.copyOf(customerAccountIds);
    }

    /** Neither revoked nor expired at this instant. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
