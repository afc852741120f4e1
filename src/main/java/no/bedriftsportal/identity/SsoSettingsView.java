package no.bedriftsportal.identity;

import java.time.Instant;
import java.util.Map;

/**
 * Innstillinger → Innlogging as the page shows it: the stored provider (or the form as typed after a
 * refused save) and each field's message. The secret is never in it, only whether one is stored.
 *
 * @param available   whether this server can store secrets (an encryption key is configured)
 * @param redirectUri the address to register at the provider as the client's redirect URI
 */
public record SsoSettingsView(boolean available, boolean configured, String issuer, String clientId, boolean secretStored,
        String matchClaim, String emailDomains, boolean enabled, String changedBy, Instant changedAt, String redirectUri,
        Map<String, String> errors) {

    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }
}
