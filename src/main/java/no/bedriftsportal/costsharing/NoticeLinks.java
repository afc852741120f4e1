package no.bedriftsportal.costsharing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.Oslo;

/**
 * The link in a content notice (IC6, #15.4): signed, for one purpose — one employee's purchases of
 * one usage month — and valid until the end of the month's deadline day (Europe/Oslo). It carries
 * no login: opening it leads through the SMS login to the employee's own page for that month, so a
 * forwarded or leaked link shows nobody's data (ADR 0020). The signature stops a link from being
 * made for another month or stretched past its deadline; it is short enough for an SMS (HMAC-SHA256
 * cut to 128 bits).
 */
@Component
public class NoticeLinks {

    /** The path the link opens: {@code /n/<token>}. */
    public static final String PATH = "/n";

    private static final Logger log = LoggerFactory.getLogger(NoticeLinks.class);
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Clock clock;
    private final String baseUrl;

    NoticeLinks(@Value("${portal.links.secret:}") String secret, @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
            Clock clock) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        if (secret == null || secret.isBlank()) {
            log.warn("portal.links.secret (PORTAL_LINKS_SECRET) is not set: links in notices are signed with a key made at start "
                    + "and stop working when the portal restarts (and differ between nodes)");
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** What a valid link is for. */
    public record Target(long companyId, long employeeId, YearMonth month) {
    }

    /** A link's verdict: its target, and whether its time is over. */
    public record Opened(Target target, boolean expired) {
    }

    /** The link for the employee's purchases of the month, valid through the deadline day. */
    public String linkFor(long companyId, long employeeId, YearMonth month, LocalDate deadline) {
        long expires = Oslo.startOf(deadline.plusDays(1)).getEpochSecond();
        String payload = companyId + "." + employeeId + "." + month + "." + expires;
        return baseUrl + PATH + "/" + ENCODE.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + sign(payload);
    }

    /** The link's target when its signature holds (expired or not); empty for anything else. */
    public Optional<Opened> open(String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            byte[] given = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, signature(payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\.");
            if (parts.length != 4) {
                return Optional.empty();
            }
            Target target = new Target(Long.parseLong(parts[0]), Long.parseLong(parts[1]), YearMonth.parse(parts[2]));
            boolean expired = !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return Optional.of(new Opened(target, expired));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        return ENCODE.encodeToString(signature(payload));
    }

    private byte[] signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(("notice-link:" + payload).getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
