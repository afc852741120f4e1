package no.bedriftsportal.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

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

    PasskeyPeople(PortalUsers portalUsers) {
        this.portalUsers = portalUsers;
    }

    /** @param name the WebAuthn user's name, {@code <company id>:<number>} ({@link PortalPrincipal#getName()}) */
    Optional<LoginPerson> person(String name) {
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
                .filter(person -> person.companyId() == companyId && person.portalUser().isPresent());
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return person(name).map(person -> User.withUsername(name).password("").authorities(List.of()).build())
                .orElseThrow(() -> new UsernameNotFoundException("This passkey's user has no portal access today"));
    }
}
