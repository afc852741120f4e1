package no.bedriftsportal.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.bedriftsportal.shared.Msisdn;

/** The access form (settings → access) as typed, for the page and for {@link PortalUsers}. */
public record AccessForm(String msisdn, String role, List<Long> customerAccounts, List<String> modules) {

    public AccessForm {
        customerAccounts = customerAccounts == null ? List.of() : List.copyOf(customerAccounts);
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    static AccessForm empty() {
        return new AccessForm("", Role.USER.name(), List.of(), List.of(PortalModule.DASHBOARD.name()));
    }

    static AccessForm of(PortalUser user) {
        return new AccessForm(user.msisdn().value(), user.role().name(), List.copyOf(user.customerAccountIds()),
                user.modules().stream().map(Enum::name).toList());
    }

    public boolean superUser() {
        return Role.SUPER_USER.name().equals(role);
    }

    public boolean hasAccount(long customerAccountId) {
        return customerAccounts.contains(customerAccountId);
    }

    public boolean hasModule(PortalModule module) {
        return module == PortalModule.DASHBOARD || modules.contains(module.name());
    }

    public String msisdnDisplay() {
        return Msisdn.parse(msisdn).map(Msisdn::display).orElse(msisdn);
    }

    GrantAccess toGrant() {
        Role parsedRole = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        Set<PortalModule> parsedModules = Arrays.stream(PortalModule.values())
                .filter(module -> modules.contains(module.name())).collect(Collectors.toSet());
        return new GrantAccess(msisdn, parsedRole, Set.copyOf(customerAccounts), parsedModules);
    }
}
