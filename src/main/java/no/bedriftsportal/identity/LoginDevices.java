package no.bedriftsportal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.Msisdn;

/**
 * Devices that have logged in with a number (ADR 0003): a random token in a long-lived cookie,
 * kept here only as its SHA-256 with the number it logged in. Such a device is the owner's own,
 * and strangers' code requests cannot lock it out.
 */
@Component
class LoginDevices {

    static final String COOKIE = "portal-device";
    static final Duration LIFETIME = Duration.ofDays(180);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The hash of the token, when it is a device that has logged in with this number within its lifetime. */
    Optional<byte[]> known(String token, Msisdn msisdn) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = hash(token);
        return jdbc.sql("select device_hash from login_device where device_hash = :hash and msisdn = :msisdn and last_login_at > :since")
                .param("hash", hash).param("msisdn", msisdn.value())
                .param("since", Timestamp.from(clock.instant().minus(LIFETIME)))
                .query(byte[].class).optional();
    }

    /** Remembers a login from this device; returns the token for its cookie (the same one if it is known). */
    String loggedIn(String token, Msisdn msisdn) {
        Instant now = clock.instant();
        if (known(token, msisdn).isPresent()) {
            jdbc.sql("update login_device set last_login_at = :now where device_hash = :hash")
                    .param("now", Timestamp.from(now)).param("hash", hash(token)).update();
            return token;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("insert into login_device (device_hash, msisdn, created_at, last_login_at) values (:hash, :msisdn, :now, :now)")
                .param("hash", hash(fresh)).param("msisdn", msisdn.value()).param("now", Timestamp.from(now)).update();
        return fresh;
    }

    /** Forgets the devices not used to log in since {@code before}: past their lifetime they are not known anyway. */
    int forgetUnusedSince(Instant before) {
        return jdbc.sql("delete from login_device where last_login_at < :before").param("before", Timestamp.from(before)).update();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
