package no.bedriftsportal.identity;

/**
 * A token just made: its secret, shown to the super user once and never again (only its hash is kept).
 *
 * @param secret {@code bp_} and 43 base64url characters; the caller sends it as {@code Authorization: Bearer <secret>}
 */
public record CreatedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "CreatedToken[" + token + "]"; // never the secret in a log line
    }
}
