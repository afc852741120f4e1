package no.bedriftsportal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * Spring Security's OAuth2 login asks this for a company's registration ({@code company-<id>}):
 * built from the company's stored provider and its issuer's discovery document, with the secret
 * opened, and kept for {@code portal.sso.registration-cache-time} (10 minutes) so that a login does
 * not fetch the document each time; saving the provider forgets it at once on this node (others
 * within that time). A disabled provider, one whose secret no longer opens, or an issuer that does
 * not answer has no registration: the login then says so instead of starting.
 */
@Component
class SsoClientRegistrations implements ClientRegistrationRepository {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SsoClientRegistrations.class);
    static final String CALLBACK = "{baseUrl}/login/oauth2/code/{registrationId}";

    private record Entry(Optional<ClientRegistration> registration, Instant until) {
    }

    private final SsoProviderRepository providers;
    private final SsoDiscovery discovery;
    private final SsoSecretCipher cipher;
    private final SsoProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    SsoClientRegistrations(SsoProviderRepository providers, SsoDiscovery discovery, SsoSecretCipher cipher, SsoProperties properties,
            Clock clock) {
        this.providers = providers;
        this.discovery = discovery;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        long companyId = SsoProvider.companyOf(registrationId);
        return companyId < 0 ? null : of(companyId).orElse(null);
    }

    /** The company's registration, if its provider is enabled and usable now. */
    Optional<ClientRegistration> of(long companyId) {
        Instant now = clock.instant();
        Entry known = entries.get(companyId);
        if (known != null && now.isBefore(known.until())) {
            return known.registration();
        }
        Optional<ClientRegistration> registration = build(companyId);
        if (entries.size() > 10_000) {
            entries.clear();
        }
        // a provider that failed is asked again sooner than one that answered
        entries.put(companyId, new Entry(registration, now.plus(registration.isPresent() ? properties.registrationCacheTime()
                : properties.registrationCacheTime().dividedBy(10))));
        return registration;
    }

    void forget(long companyId) {
        entries.remove(companyId);
    }

    private Optional<ClientRegistration> build(long companyId) {
        // before anyone is signed in: the company's provider is read across companies (ADR 0010), by its id only
        Optional<SsoProvider> stored = PortalRequestScope.crossCompany(() -> providers.find(companyId)).filter(SsoProvider::enabled);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        SsoProvider provider = stored.get();
        Optional<String> secret = cipher.decrypt(companyId, provider.sealedSecret());
        if (secret.isEmpty()) {
            LOG.warn("Company {}'s single sign-on secret does not open with this server's key: it must be saved again", companyId);
            return Optional.empty();
        }
        SsoDiscovery.Metadata metadata;
        try {
            metadata = discovery.discover(provider.issuer());
        } catch (SsoDiscovery.Failed e) {
            LOG.warn("Company {}'s single sign-on provider {} cannot be used now: {} ({})", companyId, provider.issuer(),
                    e.messageKey(), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(ClientRegistration.withRegistrationId(SsoProvider.registrationId(companyId))
                .clientId(provider.clientId())
                .clientSecret(secret.get())
                .clientAuthenticationMethod(metadata.secretInBody() ? ClientAuthenticationMethod.CLIENT_SECRET_POST
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(CALLBACK)
                .scope(List.of("openid", provider.matchClaim().scope()))
                .authorizationUri(metadata.authorizationEndpoint())
                .tokenUri(metadata.tokenEndpoint())
                .jwkSetUri(metadata.jwksUri())
                .userInfoUri(metadata.userInfoEndpoint())
                .issuerUri(metadata.issuer())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientName(provider.issuer())
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build());
    }
}
