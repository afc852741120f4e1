package no.bedriftsportal.identity;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal as a WebAuthn relying party (X5, #18.4, ADR 0030): its id (the host name passkeys are
 * bound to, e.g. {@code bedriftsportal.no}), the name a passkey manager shows, and the origins a
 * browser may sign from.
 */
@ConfigurationProperties("portal.passkeys")
record PasskeyProperties(String rpId, String rpName, Set<String> allowedOrigins) {

    PasskeyProperties {
        rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId;
        rpName = rpName == null || rpName.isBlank() ? "Bedriftsportal" : rpName;
        allowedOrigins = allowedOrigins == null || allowedOrigins.isEmpty() ? Set.of("http://localhost:8080") : Set.copyOf(allowedOrigins);
    }
}
