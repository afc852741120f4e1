package no.bedriftsportal.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ControlCharacters;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.Sha256;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The company API's tokens (ADR 0013): made by a super user with a name, scopes, optionally some
 * customer numbers and an expiry; the secret is shown once and only its SHA-256 is kept. A
 * request's token is found by that hash, across companies, before its company is known. The
 * audit log gets its making and its revoking (with its name and scopes), and its first use on each
 * Oslo day, told from {@code last_used_at} before it is moved (no read of the audit log per call).
 */
@Service
public class ApiTokens {

    /** Every token starts so, which tells a secret scanner (and a person) what it is. */
    public static final String PREFIX = "bp_";
    static final int NAME_MAX = 60;
    /** The characters lists show of a secret: {@code bp_} and five more. */
    static final int SHOWN = PREFIX.length() + 5;
    /** "Last used" is written at most this often per token, to spare the database a write on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository repository;
    private final Companies companies;
    private final PortalUsers portalUsers;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, Companies companies, PortalUsers portalUsers, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.companies = companies;
        this.portalUsers = portalUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new token of the company. The caller (Settings → API) is a super user; only they may give
     * {@link ApiScope#ACCESS_READ}.
     *
     * @param customerAccountIds the customer numbers it is limited to, or {@code null} for all
     * @param expiresAt          when it stops working, or {@code null} for never
     */
    @Transactional
    public CreatedToken create(long companyId, long createdByPortalUserId, String name, Set<ApiScope> scopes,
            Set<Long> customerAccountIds, Instant expiresAt) {
        return create(companyId, actor(companyId, createdByPortalUserId), name, scopes, customerAccountIds, expiresAt);
    }

    /** The same, by this super user from this address (Settings → API), for the audit log. */
    @Transactional
    public CreatedToken create(long companyId, Actor actor, String name, Set<ApiScope> scopes, Set<Long> customerAccountIds,
            Instant expiresAt) {
        long createdByPortalUserId = actor.portalUserId();
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX) {
            throw new InvalidInputException("name", "apiToken.name.invalid", "name must be 1 to " + NAME_MAX + " characters", NAME_MAX);
        }
        if (ControlCharacters.in(stripped)) {
            throw new InvalidInputException("name", "validation.controlCharacters", "name must not contain control characters", "name");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "apiToken.scopes.required", "choose at least one scope");
        }
        Set<Long> accounts = customerAccountIds == null ? null : Set.copyOf(customerAccountIds);
        if (accounts != null) {
            requireOwnAccounts(companyId, accounts);
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expiresAt", "apiToken.expiresAt.past", "expiresAt must be in the future");
        }
        String secret = newSecret();
        long id = repository.insert(companyId, stripped, Sha256.of(secret), secret.substring(0, SHOWN), EnumSet.copyOf(scopes),
                accounts, createdByPortalUserId, now, expiresAt);
        ApiToken token = repository.find(companyId, id).orElseThrow();
        audit.recordFacts(companyId, actor.id(), actor.name(), AuditAction.API_TOKEN_CREATED.name(), null, facts(token),
                actor.clientAddress());
        return new CreatedToken(token, secret);
    }

    /** The company's tokens, revoked and expired ones too, newest first. */
    public List<ApiToken> list(long companyId) {
        return repository.list(companyId);
    }

    /** Stops the token at once; revoking a revoked token changes nothing. */
    @Transactional
    public ApiToken revoke(long companyId, long tokenId, long byPortalUserId) {
        return revoke(companyId, tokenId, actor(companyId, byPortalUserId));
    }

    /** The same, by this super user from this address (Settings → API), for the audit log. */
    @Transactional
    public ApiToken revoke(long companyId, long tokenId, Actor actor) {
        repository.find(companyId, tokenId).orElseThrow(() -> new NotFoundException("api token " + tokenId));
        boolean revoked = repository.revoke(companyId, tokenId, actor.portalUserId(), clock.instant());
        ApiToken token = repository.find(companyId, tokenId).orElseThrow();
        if (revoked) {
            audit.recordFacts(companyId, actor.id(), actor.name(), AuditAction.API_TOKEN_REVOKED.name(), null, facts(token),
                    actor.clientAddress());
        }
        return token;
    }

    /**
     * The caller of a secret: empty for an unknown, revoked or expired token. Crosses companies to
     * find it (the secret is all there is); the request's company is then the token's, which the
     * caller sets with {@link PortalRequestScope#signedIn(long)}.
     */
    public Optional<ApiClient> authenticate(String secret) {
        return authenticate(secret, null);
    }

    /**
     * The same, from this client address: a token's first call of an Oslo day is written to the
     * audit log, as the token ("API-nøkkel «Lønn»"), once even when calls race (the one whose
     * {@code last_used_at} update wins writes it).
     */
    public Optional<ApiClient> authenticate(String secret, String clientAddress) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = Sha256.of(secret);
        return PortalRequestScope.crossCompany(() -> {
            Instant now = clock.instant();
            Optional<ApiToken> found = repository.findByHash(hash).filter(token -> token.activeAt(now));
            found.filter(token -> token.lastUsedAt() == null || !token.lastUsedAt().isAfter(now.minus(LAST_USED_PRECISION)))
                    .ifPresent(token -> used(token, now, clientAddress));
            return found.filter(token -> !token.scopes().isEmpty()).map(token -> new ApiClient(token.companyId(), token.id(),
                    token.name(), token.scopes(), token.customerAccountIds()));
        });
    }

    /** Moves "last used"; the first use of the Oslo day goes to the audit log. */
    private void used(ApiToken token, Instant now, String clientAddress) {
        Instant notSince = now.minus(LAST_USED_PRECISION);
        boolean firstToday = token.lastUsedAt() == null || !Oslo.dateOf(token.lastUsedAt()).equals(Oslo.dateOf(now));
        if (repository.used(token.companyId(), token.id(), now, notSince) && firstToday) {
            audit.recordFacts(token.companyId(), AuditEvent.API_TOKEN_PREFIX + token.id(), token.name(),
                    AuditAction.API_TOKEN_USED.name(), null, facts(token), clientAddress);
        }
    }

    /** What the audit log tells of a token: its name, its scopes and its customer numbers (none: all). */
    private Map<String, Object> facts(ApiToken token) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(AuditWords.NAME, token.name());
        facts.put(AuditWords.SCOPES, token.scopes().stream().sorted().map(ApiScope::name).toList());
        if (token.customerAccountIds() != null) {
            facts.put(AuditWords.ACCOUNTS, companies.customerAccounts(AccessScope.wholeCompany(token.companyId())).stream()
                    .filter(account -> token.customerAccountIds().contains(account.id()))
                    .map(account -> Map.of(AuditWords.NUMBER, account.number(), AuditWords.NAME, account.name())).toList());
        }
        return facts;
    }

    private Actor actor(long companyId, long portalUserId) {
        PortalUser user = portalUsers.get(companyId, portalUserId);
        return new Actor(user.id(), user.msisdn().value(), user.name(), null);
    }

    private void requireOwnAccounts(long companyId, Set<Long> accounts) {
        if (accounts.isEmpty()) {
            throw new InvalidInputException("customerAccountIds", "access.customerAccounts.required",
                    "choose at least one customer number, or none for all");
        }
        Set<Long> own = companies.customerAccounts(AccessScope.wholeCompany(companyId)).stream().map(CustomerAccount::id)
                .collect(Collectors.toSet());
        if (!own.containsAll(accounts)) {
            throw new InvalidInputException("customerAccountIds", "access.customerAccounts.unknown",
                    "a customer number does not belong to the company");
        }
    }

    /** {@code bp_} and 32 random bytes as base64url without padding (43 characters). */
    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
