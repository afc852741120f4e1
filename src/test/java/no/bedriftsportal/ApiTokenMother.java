package no.bedriftsportal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.ApiTokens;
import no.bedriftsportal.identity.CreatedToken;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Company API tokens for tests, made through {@link ApiTokens} as Settings makes them:
 * {@code String token = apiTokens.tokenFor(company.id(), ApiScope.INVOICES_READ);} then call with
 * {@link CompanyApiClient}. The creator is the company's first super user; a company without one
 * gets one (a new subscriber under its first customer number, with a subscription and an employee).
 */
public class ApiTokenMother {

    private final ApiTokens tokens;
    private final PortalUsers portalUsers;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final Clock clock;

    ApiTokenMother(ApiTokens tokens, PortalUsers portalUsers, Companies companies, Subscriptions subscriptions, Clock clock) {
        this.tokens = tokens;
        this.portalUsers = portalUsers;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** The secret of a new token of the company with these scopes (all of {@link ApiScope#values()} for every one), for all its customer numbers. */
    public String tokenFor(long companyId, ApiScope... scopes) {
        return tokenFor(companyId, null, scopes);
    }

    /** The same, limited to these customer accounts (ids); {@code null} for all. */
    public String tokenFor(long companyId, Set<Long> customerAccountIds, ApiScope... scopes) {
        return created(companyId, customerAccountIds, null, scopes).secret();
    }

    /** A new token with an expiry ({@code null}: none), its record and its secret. */
    public CreatedToken created(long companyId, Set<Long> customerAccountIds, Instant expiresAt, ApiScope... scopes) {
        return tokens.create(companyId, creator(companyId), "Test " + scopes.length + " scopes", Set.copyOf(EnumSet.copyOf(List.of(scopes))),
                customerAccountIds, expiresAt);
    }

    /** The company's first super user's id, made when it has none. */
    public long creator(long companyId) {
        return portalUsers.list(companyId).stream().filter(PortalUser::superUser).findFirst()
                .map(PortalUser::id).orElseGet(() -> newSuperUser(companyId));
    }

    private long newSuperUser(long companyId) {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        long accountId = companies.customerAccounts(AccessScope.wholeCompany(companyId)).get(0).id();
        Employee employee = companies.registerEmployee(companyId, new RegisterEmployee("API-eier " + msisdn.national(), null,
                "E" + msisdn.national(), "5210"));
        subscriptions.activate(new ActivateSubscription(companyId, msisdn.value(), "FRI_5", accountId, employee.id(),
                Oslo.today(clock).minusYears(1), false, null));
        return portalUsers.grant(companyId, GrantAccess.superUser(msisdn.value()), Actor.operator("127.0.0.1")).id();
    }
}
