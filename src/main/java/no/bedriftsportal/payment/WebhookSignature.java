package no.bedriftsportal.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Vipps' webhook signature (Webhooks API, "request authentication"): {@code x-ms-content-sha256} is the
 * base64 SHA-256 of the body; {@code Authorization} is
 * {@code HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=<s>}, where {@code s} is
 * the base64 HMAC-SHA256, keyed with the webhook secret's UTF-8 bytes, of
 * {@code POST\n<path and query>\n<x-ms-date>;<host>;<content hash>}. Compared in constant time.
 */
final class WebhookSignature {

    static final String PREFIX = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=";

    private WebhookSignature() {
    }

    /** The base64 SHA-256 of the body, as {@code x-ms-content-sha256} carries it. */
    static String contentHash(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code Authorization} header Vipps would send for this request. */
    static String authorization(String secret, String pathAndQuery, String date, String host, String contentHash) {
        String signed = "POST\n" + pathAndQuery + "\n" + date + ";" + host + ";" + contentHash;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the body is the one hashed in {@code contentHashHeader} and the request is signed with
     * {@code secret}. Any header missing is a no.
     */
    static boolean valid(String secret, String pathAndQuery, String date, String host, String contentHashHeader,
            String authorizationHeader, byte[] body) {
        if (date == null || host == null || contentHashHeader == null || authorizationHeader == null) {
            return false;
        }
        String hash = contentHash(body);
        boolean bodyMatches = MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                contentHashHeader.getBytes(StandardCharsets.US_ASCII));
        String expected = authorization(secret, pathAndQuery, date, host, hash);
        boolean signatureMatches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorizationHeader.getBytes(StandardCharsets.UTF_8));
        return bodyMatches & signatureMatches;
    }
}
