package no.bedriftsportal.identity;

import java.time.Instant;
import java.util.Set;

import no.bedriftsportal.shared.Msisdn;

/**
 * Someone who may log in to a company's portal. The grants matter only for a {@link Role#USER};
 * a super user has everything.
 *
 * @param name the holder's name, from the employee behind the number's active subscription
 */
public record PortalUser(long companyId, long id, Msisdn msisdn, String name, Role role, Set<Long> customerAccountIds,
        Set<PortalModule> modules, Instant createdAt) {

    public boolean superUser() {
        return role == Role.SUPER_USER;
    }
}
