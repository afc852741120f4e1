package no.bedriftsportal.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;

/**
 * Each request's {@link PortalPrincipal}, kept between requests for as long as it can be the same:
 * while the company's data version (raised by every change of a portal user, a grant, a
 * subscription, an employee or a customer number) and the day (a subscription ends at midnight)
 * are those it was read at. A request thus reads one number instead of the user, their
 * subscription, employee and company, and a changed grant still applies at the next request, on
 * every node, since the version is in the database (docs/adr/0012-card-cache.md).
 */
@Component
class SignedInPrincipals {

    private record Key(long companyId, String msisdn, Side side) {
    }

    private record Entry(long version, LocalDate day, Optional<?> principal) {
    }

    private final PortalUsers portalUsers;
    private final CompanyDataVersions versions;
    private final Clock clock;
    private final int maxEntries;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    SignedInPrincipals(PortalUsers portalUsers, CompanyDataVersions versions, Clock clock,
            @Value("${portal.login.principal-cache.max-entries:20000}") int maxEntries) {
        this.portalUsers = portalUsers;
        this.versions = versions;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    /**
     * The user as of now, a {@link PortalPrincipal} or an {@link EmployeePrincipal} by the session's
     * side, or empty when their access or their subscription is gone.
     */
    Optional<?> of(SignedInUser signedIn) {
        Key key = new Key(signedIn.companyId(), signedIn.msisdn(), signedIn.side());
        long version = versions.current(signedIn.companyId()); // read first: what follows is at least as new
        LocalDate today = Oslo.today(clock);
        Entry known = entries.get(key);
        if (known != null && known.version() == version && known.day().equals(today)) {
            return known.principal();
        }
        Msisdn msisdn = new Msisdn(signedIn.msisdn());
        Optional<?> principal = signedIn.side() == Side.EMPLOYEE ? portalUsers.employee(signedIn.companyId(), msisdn)
                : portalUsers.principal(signedIn.companyId(), msisdn);
        if (entries.size() >= maxEntries) {
            entries.clear(); // bounded: the signed-in users of the next minutes are read again
        }
        entries.put(key, new Entry(version, today, principal));
        return principal;
    }
}
