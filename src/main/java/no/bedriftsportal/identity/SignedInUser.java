package no.bedriftsportal.identity;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the session remembers of a login: whose it is and when it happened. Everything else
 * (grants, name, whether access still exists) is read afresh on each request.
 */
record SignedInUser(long companyId, long portalUserId, Instant authenticatedAt) implements Serializable {
}
