package no.bedriftsportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on's settings (X5, #18.5, ADR 0031).
 *
 * @param encryptionKey         the key the client secrets are encrypted with: 32 bytes in Base64
 *                              ({@code PORTAL_SSO_ENCRYPTION_KEY}); never in the repository
 * @param keyFile               where a key is kept when none is given: made on first start (the demo's and
 *                              the tests' data folder); with neither, companies cannot connect a provider
 * @param allowHttpIssuers      whether an issuer may be plain http (the tests' and the demo's own provider on
 *                              loopback); production wants https
 * @param discoveryTimeout      how long the portal waits for a provider's discovery document
 * @param registrationCacheTime how long a company's registration (built from its discovery document) is kept
 */
@ConfigurationProperties("portal.sso")
record SsoProperties(String encryptionKey, String keyFile, @DefaultValue("false") boolean allowHttpIssuers,
        @DefaultValue("5s") Duration discoveryTimeout, @DefaultValue("10m") Duration registrationCacheTime) {
}
