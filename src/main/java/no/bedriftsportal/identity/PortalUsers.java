package no.bedriftsportal.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.identity.PortalUserRepository.StoredPortalUser;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The identity module's API for portal users (S1, G2). A portal user is added by mobile number,
 * which must hold an active subscription of the company; the person is told by SMS. Nobody
 * changes or removes their own access.
 */
@Service
public class PortalUsers {

    private final PortalUserRepository repository;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final SmsOutbox sms;
    private final AuditLog audit;
    private final AccessFacts facts;
    private final String baseUrl;
    private final Clock clock;
    /** The SMS's words in the company's language (S2). */
    private final CompanyMessages messages;
    private final AccessGrantedNotice companyNotice;

    PortalUsers(PortalUserRepository repository, Companies companies, Subscriptions subscriptions, SmsOutbox sms,
            AuditLog audit, AccessFacts facts, @Value("${portal.base-url:http://localhost:8080}") String baseUrl, Clock clock,
            CompanyMessages messages, AccessGrantedNotice companyNotice) {
        this.messages = messages;
        this.companyNotice = companyNotice;
        this.clock = clock;
        this.repository = repository;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.sms = sms;
        this.audit = audit;
        this.facts = facts;
        this.baseUrl = baseUrl;
    }

    /** Gives a person access to a company's portal and sends them an SMS saying so. */
    @Transactional
    public PortalUser grant(long companyId, GrantAccess grant, Actor actor) {
        Company company = companies.get(companyId);
        Msisdn msisdn = requireMsisdn(grant.msisdn());
        requireRole(grant.role());
        requireActiveSubscription(companyId, msisdn);
        if (repository.find(companyId, msisdn).isPresent()) {
            throw new ConflictException("msisdn", "access.msisdn.exists",
                    msisdn.display() + " already has access to the portal");
        }
        Set<Long> accounts = requireAccounts(companyId, grant);
        long id = repository.insert(companyId, msisdn, grant.role());
        repository.replaceGrants(companyId, id, accounts, modulesOf(grant));
        PortalUser user = get(companyId, id);
        sms.queue(companyId, null, MessagePurpose.ACCESS_GRANTED, msisdn, messages.text(companyId, "sms.accessGranted", company.name(),
                baseUrl + "/login"));
        companyNotice.tell(company, user, actor.name());
        audit.recordFacts(companyId, actor.id(), actor.name(), AuditAction.ACCESS_GRANTED.name(), msisdn.value(),
                facts.of(user), actor.clientAddress());
        return user;
    }

    @Transactional
    public PortalUser change(long companyId, long portalUserId, GrantAccess grant, Actor actor) {
        PortalUser before = get(companyId, portalUserId);
        refuseOwn(before, actor);
        requireRole(grant.role());
        Set<Long> accounts = requireAccounts(companyId, grant);
        repository.updateRole(companyId, portalUserId, grant.role());
        repository.replaceGrants(companyId, portalUserId, accounts, modulesOf(grant));
        PortalUser after = get(companyId, portalUserId);
        audit.recordFacts(companyId, actor.id(), actor.name(), AuditAction.ACCESS_CHANGED.name(), before.msisdn().value(),
                facts.changed(before, after), actor.clientAddress());
        return after;
    }

    @Transactional
    public void remove(long companyId, long portalUserId, Actor actor) {
        PortalUser user = get(companyId, portalUserId);
        refuseOwn(user, actor);
        repository.delete(companyId, portalUserId);
        audit.recordFacts(companyId, actor.id(), actor.name(), AuditAction.ACCESS_REVOKED.name(), user.msisdn().value(),
                facts.of(user), actor.clientAddress());
    }

    public List<PortalUser> list(long companyId) {
        return repository.list(companyId).stream().map(this::withName).toList();
    }

    /**
     * A page of the scope's portal users by id, after {@code afterId} (0 for the first), at most
     * {@code limit}: for a scope of some customer numbers, only those whose own subscription today is
     * under one of them (a person's name and number belong to their subscription's customer number).
     */
    public List<PortalUser> page(AccessScope scope, long afterId, int limit) {
        Set<String> numbers = scope.allCustomerAccounts() ? null : subscriptions.listActiveToday(scope).stream().map(subscription -> subscription.msisdn().value())
                .collect(Collectors.toSet());
        return repository.listAfter(scope.companyId(), numbers, afterId, limit).stream().map(this::withName).toList();
    }

    public PortalUser get(long companyId, long portalUserId) {
        return repository.find(companyId, portalUserId).map(this::withName)
                .orElseThrow(() -> new NotFoundException("portal user"));
    }

    /**
     * The signed-in administrator as of now, or empty when their access or their subscription is
     * gone. Read whenever {@link SignedInPrincipals} holds no copy of the company's current data
     * version: in one read-only transaction (one connection, its company set once) and with the
     * subscription looked up once (docs/adr/0012-card-cache.md, "the request path").
     */
    @Transactional(readOnly = true)
    Optional<PortalPrincipal> principal(long companyId, Msisdn msisdn) {
        return repository.find(companyId, msisdn).flatMap(user -> subscriptions.activeToday(companyId, msisdn)
                .map(subscription -> PortalPrincipal.of(withName(user, Optional.of(subscription)),
                        companies.get(companyId).name(), subscription.employeeId() != null)));
    }

    /**
     * The signed-in employee as of now: the holder of the number's subscription active today, or
     * empty when it has ended or has no holder (#15.1).
     */
    @Transactional(readOnly = true)
    Optional<EmployeePrincipal> employee(long companyId, Msisdn msisdn) {
        return subscriptions.activeToday(companyId, msisdn)
                .filter(subscription -> subscription.employeeId() != null)
                .flatMap(subscription -> companies.employee(companyId, subscription.employeeId()))
                .map(employee -> new EmployeePrincipal(companyId, companies.get(companyId).name(), employee.id(),
                        employee.name(), msisdn.value(), repository.find(companyId, msisdn).isPresent()));
    }

    /**
     * Who may log in with a number now: the holder of its subscription active today, as an
     * administrator if the company gave the number portal access, as an employee if the
     * subscription has a holder. (A number is active in one company at a time.)
     */
    Optional<LoginPerson> mayLogIn(Msisdn msisdn) {
        return subscriptions.activeOn(msisdn, Oslo.today(clock)).flatMap(subscription -> {
            long companyId = subscription.companyId();
            Optional<PortalUser> user = repository.find(companyId, msisdn).map(stored -> withName(stored, Optional.of(subscription)));
            if (user.isEmpty() && subscription.employeeId() == null) {
                return Optional.empty();
            }
            String name = user.map(PortalUser::name).orElseGet(() -> companies.employee(companyId, subscription.employeeId())
                    .map(employee -> employee.name()).orElse(msisdn.display()));
            return Optional.of(new LoginPerson(companyId, msisdn, name, user, subscription.employeeId()));
        });
    }

    private PortalUser withName(StoredPortalUser user) {
        return withName(user, subscriptions.activeToday(user.companyId(), user.msisdn()));
    }

    /** The user with the name of the employee on their subscription active today (the number when none). */
    private PortalUser withName(StoredPortalUser user, Optional<Subscription> activeToday) {
        String name = activeToday
                .map(Subscription::employeeId)
                .flatMap(employeeId -> companies.employee(user.companyId(), employeeId))
                .map(employee -> employee.name())
                .orElse(user.msisdn().display());
        return new PortalUser(user.companyId(), user.id(), user.msisdn(), name, user.role(), user.customerAccountIds(),
                user.modules(), user.createdAt());
    }

    private void requireActiveSubscription(long companyId, Msisdn msisdn) {
        if (subscriptions.activeToday(companyId, msisdn).isEmpty()) {
            throw new InvalidInputException("msisdn", "access.msisdn.noSubscription",
                    msisdn.display() + " holds no active subscription of the company");
        }
    }

    private Set<Long> requireAccounts(long companyId, GrantAccess grant) {
        if (grant.role() == Role.SUPER_USER) {
            return Set.of();
        }
        if (grant.customerAccountIds().isEmpty()) {
            throw new InvalidInputException("customerAccounts", "access.customerAccounts.required",
                    "a user must be granted at least one customer number");
        }
        Set<Long> own = companies.customerAccounts(AccessScope.wholeCompany(companyId)).stream()
                .map(CustomerAccount::id).collect(Collectors.toSet());
        if (!own.containsAll(grant.customerAccountIds())) {
            throw new InvalidInputException("customerAccounts", "access.customerAccounts.unknown",
                    "a granted customer number does not belong to the company");
        }
        return grant.customerAccountIds();
    }

    private static Set<PortalModule> modulesOf(GrantAccess grant) {
        if (grant.role() == Role.SUPER_USER) {
            return Set.of();
        }
        Set<PortalModule> modules = EnumSet.of(PortalModule.DASHBOARD); // granted by default (S1)
        modules.addAll(grant.modules());
        return modules;
    }

    private static void refuseOwn(PortalUser user, Actor actor) {
        if (actor.portalUserId() != null && actor.portalUserId() == user.id()) {
            throw new AccessDeniedException("Nobody changes or removes their own access");
        }
    }

    private static void requireRole(Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "access.role.required", "role must be SUPER_USER or USER");
        }
    }

    private static Msisdn requireMsisdn(String msisdn) {
        return Msisdn.parse(msisdn).orElseThrow(() -> new InvalidInputException("msisdn", "msisdn.invalid",
                "msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, optionally with +47"));
    }
}
