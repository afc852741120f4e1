package no.bedriftsportal.identity;

import java.time.Instant;

/**
 * One of a user's passkeys as their page shows it (#18.4): {@code id} is the credential id in
 * base64url; {@code lastUsed} is null until it has logged in once.
 */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {
}
