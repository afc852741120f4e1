package no.bedriftsportal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Six-digit one-time codes: drawn from a secure random source, stored only as a SHA-256 hash
 * bound to their challenge, and compared in constant time.
 */
final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static byte[] hash(UUID challengeId, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(challengeId.toString().getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(code.getBytes(StandardCharsets.US_ASCII));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static boolean matches(UUID challengeId, String code, byte[] storedHash) {
        return MessageDigest.isEqual(hash(challengeId, code), storedHash);
    }
}
