package no.bedriftsportal.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * Who a passkey logs in (X5, #18.4): the person the SMS login would let in with the same number
 * ({@link PortalUsers#mayLogIn}: its subscription active today, in one company at a time), only when
 * that is still the company the passkey was registered in and the number still has portal access
 * there. A removed user, an ended subscription or a number now in another company is refused.
 * Spring Security's WebAuthn provider asks this as its {@link UserDetailsService}; the sign-in asks
 * it again for the {@link LoginPerson}.
 */
@Component
class PasskeyPeople implements UserDetailsService {

    private final PortalUsers portalUsers;
    private final AuditLog audit;

    PasskeyPeople(PortalUsers portalUsers, AuditLog audit) {
        this.portalUsers = portalUsers;
        this.audit = audit;
    }

    /** @param name the WebAuthn user's name, {@code <company id>:<number>} ({@link PortalPrincipal#getName()}) */
    Optional<LoginPerson> person(String name) {
        return found(name).filter(person -> person.portalUser().isPresent());
    }

    /** The person the number would log in today, if in the passkey's company, with or without portal access. */
    private Optional<LoginPerson> found(String name) {
        int colon = name == null ? -1 : name.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        long companyId;
        try {
            companyId = Long.parseLong(name.substring(0, colon));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<Msisdn> msisdn = Msisdn.parse(name.substring(colon + 1));
        if (msisdn.isEmpty()) {
            return Optional.empty();
        }
        // before anyone is signed in, the number's portal user may be of any company (ADR 0010)
        return PortalRequestScope.crossCompany(() -> portalUsers.mayLogIn(msisdn.get()))
                .filter(person -> person.companyId() == companyId);
    }

    /** A refusal is in the company's audit log when the number is still the company's, as the SMS login's wrong code is. */
    @Override
    public UserDetails loadUserByUsername(String name) {
        Optional<LoginPerson> found = found(name);
        if (found.isPresent() && found.get().portalUser().isPresent()) {
            return User.withUsername(name).password("").authorities(List.of()).build();
        }
        found.ifPresent(person -> PortalRequestScope.crossCompany(() -> {
            audit.record(person.companyId(), person.msisdn().value(), person.name(), AuditAction.LOGIN_FAILED.name(),
                    person.msisdn().value(), "passnøkkel uten tilgang", clientAddress());
            return null;
        }));
        throw new UsernameNotFoundException("This passkey's user has no portal access today");
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
