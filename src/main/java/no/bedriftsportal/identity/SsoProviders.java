package no.bedriftsportal.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * A company's OpenID Connect provider (X5, #18.5): what Innstillinger → Innlogging and
 * {@code /api/v1/settings/sso} show and save, through this one service. Saving fetches the issuer's
 * discovery document first, so that a provider that cannot be used is never stored; the client
 * secret is sealed at once and never shown again.
 */
@Service
class SsoProviders {

    private static final String DOMAIN = "(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";

    private final SsoProviderRepository repository;
    private final SsoDiscovery discovery;
    private final SsoSecretCipher cipher;
    private final SsoClientRegistrations registrations;
    private final AuditTrail audit;
    private final Clock clock;

    SsoProviders(SsoProviderRepository repository, SsoDiscovery discovery, SsoSecretCipher cipher,
            SsoClientRegistrations registrations, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.discovery = discovery;
        this.cipher = cipher;
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether this server can store secrets at all (an encryption key is configured, ADR 0031). */
    boolean available() {
        return cipher.available();
    }

    Optional<SsoProvider> find(long companyId) {
        return repository.find(companyId);
    }

    /**
     * Checks and saves the company's provider, and tells the audit log. The issuer's discovery
     * document is fetched and checked; a blank secret keeps the stored one (a new provider needs one).
     *
     * @param by who saves it, as the provider's "changed by" shows
     */
    @Transactional
    SsoProvider save(long companyId, SsoProviderDraft draft, String by) {
        if (!cipher.available()) {
            throw new ConflictException("clientSecret", "sso.error.unavailable",
                    "single sign-on is not configured on this server (no encryption key)");
        }
        Optional<SsoProvider> before = repository.find(companyId);
        List<InvalidInputException> errors = new ArrayList<>();
        String issuer = checkedIssuer(draft.issuer(), errors);
        String clientId = draft.clientId() == null ? "" : draft.clientId().trim();
        if (clientId.isEmpty() || clientId.length() > 500) {
            errors.add(new InvalidInputException("clientId", "sso.error.clientId", "the client id is required (at most 500 characters)"));
        }
        String secret = draft.clientSecret() == null ? "" : draft.clientSecret().trim();
        if (secret.isEmpty() && before.isEmpty()) {
            errors.add(new InvalidInputException("clientSecret", "sso.error.clientSecret", "the client secret is required"));
        } else if (secret.length() > 1000) {
            errors.add(new InvalidInputException("clientSecret", "sso.error.clientSecret.long", "the client secret is at most 1000 characters"));
        }
        SsoMatchClaim claim = claim(draft.matchClaim(), errors);
        List<String> domains = domains(draft.emailDomains(), errors);
        if (errors.isEmpty() && !domains.isEmpty()) {
            List<String> taken = PortalRequestScope.crossCompany(() -> repository.domainsTakenByOthers(companyId, domains));
            if (!taken.isEmpty()) {
                errors.add(new InvalidInputException("emailDomains", "sso.error.domains.taken",
                        "another company's provider already has " + String.join(", ", taken), String.join(", ", taken)));
            }
        }
        if (!errors.isEmpty()) {
            throw new SsoSettingsInvalid(errors);
        }
        SsoProvider saved = new SsoProvider(companyId, issuer, clientId, secret.isEmpty() ? null : cipher.encrypt(companyId, secret),
                claim, domains, draft.enabled(), by, clock.instant());
        repository.save(saved);
        registrations.forget(companyId);
        audit.changed(Change.SSO_PROVIDER_SAVED, draft.enabled() ? "ON" : "OFF",
                List.of(issuer, clientId, claim.claim(), domains.isEmpty() ? "–" : String.join(", ", domains)));
        return repository.find(companyId).orElseThrow();
    }

    /** The issuer without a trailing slash, once its discovery document has been read and checked. */
    private String checkedIssuer(String typed, List<InvalidInputException> errors) {
        try {
            String issuer = discovery.normalised(typed);
            discovery.discover(issuer);
            return issuer;
        } catch (SsoDiscovery.Failed e) {
            errors.add(new InvalidInputException("issuer", e.messageKey(), "the issuer's discovery document cannot be used: "
                    + e.getMessage()));
            return null;
        }
    }

    private static SsoMatchClaim claim(String typed, List<InvalidInputException> errors) {
        try {
            return SsoMatchClaim.valueOf(typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException("matchClaim", "sso.error.matchClaim", "matchClaim must be PHONE_NUMBER or EMAIL"));
            return SsoMatchClaim.PHONE_NUMBER;
        }
    }

    static List<String> domains(String typed, List<InvalidInputException> errors) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> domains = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[\\s,;]+")).map(String::trim)
                .map(domain -> domain.startsWith("@") ? domain.substring(1) : domain).filter(domain -> !domain.isEmpty())
                .distinct().sorted().toList();
        List<String> bad = domains.stream().filter(domain -> !domain.matches(DOMAIN)).toList();
        if (!bad.isEmpty()) {
            errors.add(new InvalidInputException("emailDomains", "sso.error.domains.invalid", "not a domain: " + String.join(", ", bad),
                    String.join(", ", bad)));
        } else if (domains.size() > 20) {
            errors.add(new InvalidInputException("emailDomains", "sso.error.domains.many", "at most 20 domains"));
        }
        return domains;
    }
}
