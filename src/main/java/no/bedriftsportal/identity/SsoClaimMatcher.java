package no.bedriftsportal.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Finds who a provider's ID token speaks of among the people of the provider's own company (X5,
 * #18.5): by the verified mobile number ({@code phone_number}, normalised like every number in the
 * portal) or the verified e-mail address ({@code email}, the employee register's address). The one
 * found is exactly who the SMS login would let in with that number ({@link PortalUsers#mayLogIn}),
 * and only if the number is in THIS company: a token from company A's provider never opens company
 * B. An unverified claim, a number or address of nobody here, or one address of several people is
 * refused, each with its own reason.
 */
@Component
class SsoClaimMatcher {

    sealed interface Result {
        record Matched(LoginPerson person) implements Result {
        }

        /** @param reason a message key's last part: {@code unverified}, {@code missing}, {@code unknown}, {@code ambiguous} */
        record Refused(String reason, String claimed) implements Result {
        }
    }

    private final PortalUsers portalUsers;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final Clock clock;

    SsoClaimMatcher(PortalUsers portalUsers, Companies companies, Subscriptions subscriptions, Clock clock) {
        this.portalUsers = portalUsers;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Runs before anyone is signed in: the caller reads across companies (the number's subscription may be anywhere). */
    Result match(long companyId, SsoMatchClaim claim, Map<String, Object> claims) {
        Object value = claims.get(claim.claim());
        String claimed = value == null ? null : String.valueOf(value).trim();
        if (claimed == null || claimed.isEmpty()) {
            return new Result.Refused("missing", null);
        }
        if (!verified(claims.get(claim.verifiedClaim()))) {
            return new Result.Refused("unverified", claimed);
        }
        List<Msisdn> numbers = claim == SsoMatchClaim.PHONE_NUMBER
                ? Msisdn.parse(claimed).map(List::of).orElse(List.of())
                : numbersOfEmail(companyId, claimed);
        List<LoginPerson> people = numbers.stream().map(portalUsers::mayLogIn).flatMap(Optional::stream)
                .filter(person -> person.companyId() == companyId).toList();
        List<LoginPerson> administrators = people.stream().filter(person -> person.portalUser().isPresent()).toList();
        List<LoginPerson> best = administrators.isEmpty() ? people : administrators;
        if (best.isEmpty()) {
            return new Result.Refused("unknown", claimed);
        }
        if (best.size() > 1) {
            return new Result.Refused("ambiguous", claimed);
        }
        return new Result.Matched(best.get(0));
    }

    /** The numbers of the company's active subscriptions whose holder has this e-mail address in the employee register. */
    private List<Msisdn> numbersOfEmail(long companyId, String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        List<Long> employees = companies.employees(companyId).stream()
                .filter(employee -> employee.email() != null && employee.email().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Employee::id).toList();
        return subscriptions.ofEmployees(AccessScope.wholeCompany(companyId), employees).stream()
                .filter(subscription -> subscription.activeOn(Oslo.today(clock))).map(Subscription::msisdn).distinct().toList();
    }

    /** OpenID Connect says a boolean; some providers send the word. */
    private static boolean verified(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }
}
