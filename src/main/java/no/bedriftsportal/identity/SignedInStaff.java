package no.bedriftsportal.identity;

import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;

/**
 * What the session remembers of a staff login (#17.4), the counterpart of {@link SignedInUser}
 * without a company: whether the person is still active staff is read afresh on each request.
 */
record SignedInStaff(long staffId, String msisdn, Instant authenticatedAt) implements Principal, Serializable {

    /** The session's principal name: kept apart from every company's {@code companyId:msisdn}. */
    @Override
    public String getName() {
        return "staff:" + staffId;
    }
}
