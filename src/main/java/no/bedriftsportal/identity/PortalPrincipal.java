package no.bedriftsportal.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

import no.bedriftsportal.shared.AccessScope;

/**
 * The signed-in user as every request sees them, read afresh from the database on each request so
 * that a changed or removed grant applies at once.
 */
public record PortalPrincipal(long companyId, String companyName, long portalUserId, String msisdn, String name,
        Role role, Set<Long> customerAccountIds, Set<PortalModule> modules, boolean employee) implements Principal, Serializable {

    /**
     * The name of the request's authentication: company and number, as the session's
     * {@link SignedInUser#getName()}; Spring Security's WebAuthn filters name a user's passkeys by it (#18.4).
     */
    @Override
    public String getName() {
        return companyId + ":" + msisdn;
    }

    /** @param employee whether the user's own subscription has them as its holder, so they have a "Min side" too */
    public static PortalPrincipal of(PortalUser user, String companyName, boolean employee) {
        boolean all = user.superUser();
        return new PortalPrincipal(user.companyId(), companyName, user.id(), user.msisdn().value(), user.name(),
                user.role(), all ? null : Set.copyOf(user.customerAccountIds()),
                all ? EnumSet.allOf(PortalModule.class) : Set.copyOf(user.modules()), employee);
    }

    public boolean superUser() {
        return role == Role.SUPER_USER;
    }

    /** What this user may see of the company's data. */
    public AccessScope scope() {
        return new AccessScope(companyId, customerAccountIds);
    }

    public boolean may(PortalModule module) {
        return modules.contains(module);
    }
}
