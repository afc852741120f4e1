package no.bedriftsportal.identity;

import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;

/**
 * What the session remembers of a login: whose it is, which side they are on, and when they logged
 * in. Everything else (grants, name, whether access and the subscription still exist) is read afresh
 * on each request.
 *
 * @param msisdn the number logged in with ({@link no.bedriftsportal.shared.Msisdn#value()})
 */
record SignedInUser(long companyId, String msisdn, Side side, Instant authenticatedAt) implements Principal, Serializable {

    /** The session's principal name (Spring Session keeps it in a column of 100 characters): company and number. */
    @Override
    public String getName() {
        return companyId + ":" + msisdn;
    }

    SignedInUser on(Side other) {
        return new SignedInUser(companyId, msisdn, other, authenticatedAt);
    }
}
