package no.bedriftsportal.identity;

import java.util.Set;

/**
 * What a super user (or the operator) grants a portal user. For a {@link Role#USER} the customer
 * numbers and modules limit what they see; a super user gets everything and the sets are ignored.
 */
public record GrantAccess(String msisdn, Role role, Set<Long> customerAccountIds, Set<PortalModule> modules) {

    public GrantAccess {
        customerAccountIds = customerAccountIds == null ? Set.of() : Set.copyOf(customerAccountIds);
        modules = modules == null ? Set.of() : Set.copyOf(modules);
    }

    public static GrantAccess superUser(String msisdn) {
        return new GrantAccess(msisdn, Role.SUPER_USER, Set.of(), Set.of());
    }
}
