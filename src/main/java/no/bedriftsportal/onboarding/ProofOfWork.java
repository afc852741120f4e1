package no.bedriftsportal.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small proof of work instead of a third-party CAPTCHA (#17.4, ADR 0026). The server issues a
 * signed challenge {@code id.expiresEpochSecond.bits.signature}; the page's own script finds a
 * nonce so that SHA-256(challenge + nonce) starts with {@code bits} zero bits; the server checks
 * the signature, the expiry and the work, and spends the challenge (a challenge works once). It
 * costs a person's browser a second and a bulk sender that second per form.
 */
@Component
class ProofOfWork {

    enum Verdict {
        VALID, MISSING, FORGED, EXPIRED, TOO_LITTLE_WORK, SPENT
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OnboardingProperties properties;
    private final byte[] key;

    ProofOfWork(JdbcClient jdbc, Clock clock, OnboardingProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.key = properties.powSecret().isBlank() ? randomKey() : properties.powSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** A new challenge for a form shown now. */
    String issue() {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(id) + "."
                + clock.instant().plus(properties.powValidity()).getEpochSecond() + "." + properties.powBits();
        return body + "." + sign(body);
    }

    int bits() {
        return properties.powBits();
    }

    /** Checks a solved challenge and spends it (in the caller's transaction, if any). */
    Verdict verify(String challenge, String nonce) {
        if (challenge == null || challenge.isBlank() || nonce == null || !nonce.matches("\\d{1,12}")) {
            return Verdict.MISSING;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 4 || !parts[2].matches("\\d{1,2}") || !parts[1].matches("\\d{1,12}")) {
            return Verdict.FORGED;
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        Instant now = clock.instant();
        if (!now.isBefore(expires)) {
            return Verdict.EXPIRED;
        }
        if (Integer.parseInt(parts[2]) < properties.powBits() || !hasLeadingZeroBits(challenge + nonce, properties.powBits())) {
            return Verdict.TOO_LITTLE_WORK;
        }
        jdbc.sql("delete from onboarding_pow_spent where expires_at < :now").param("now", Timestamp.from(now)).update();
        int spent = jdbc.sql("insert into onboarding_pow_spent (challenge_id, expires_at) values (:id, :expires) on conflict do nothing")
                .param("id", parts[0]).param("expires", Timestamp.from(expires)).update();
        return spent == 1 ? Verdict.VALID : Verdict.SPENT;
    }

    static boolean hasLeadingZeroBits(String text, int bits) {
        byte[] hash = sha256(text.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < bits; i++) {
            if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The nonce a browser would find (for tests and the demo's own order). */
    static String solve(String challenge, int bits) {
        for (long nonce = 0; ; nonce++) {
            if (hasLeadingZeroBits(challenge + nonce, bits)) {
                return Long.toString(nonce);
            }
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
