package no.bedriftsportal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The webhook signature against vectors computed outside Java: the example of Vipps' "request
 * authentication" page, and one of our own path, host and secret, both checked with
 * {@code openssl dgst -sha256 [-hmac <secret>] -binary | base64}.
 */
class WebhookSignatureTest {

    private static final String VIPPS_SECRET = "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==";
    private static final byte[] VIPPS_BODY = "{\"some-unique-content\":\"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String VIPPS_DATE = "Thu, 30 Mar 2023 08:38:32 GMT";
    private static final String VIPPS_PATH = "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63";

    @Test
    void theDocumentedExampleSignsAsVippsSays() {
        String hash = WebhookSignature.contentHash(VIPPS_BODY);
        assertThat(hash).isEqualTo("lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=");
        assertThat(WebhookSignature.authorization(VIPPS_SECRET, VIPPS_PATH, VIPPS_DATE, "webhook.site", hash))
                .isEqualTo("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                        + "agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=");
    }

    @Test
    void ourOwnVectorWithAQueryAndAPort() {
        byte[] body = "{\"reference\":\"bp-1-abc\",\"name\":\"AUTHORIZED\"}".getBytes(StandardCharsets.UTF_8);
        String hash = WebhookSignature.contentHash(body);
        assertThat(hash).isEqualTo("m3vJuKG7E667GZF66FYFF/26CB1pLxs4nu6vENcesVE=");
        String authorization = WebhookSignature.authorization("demo-webhook-secret", "/webhooks/vipps?x=1",
                "Fri, 20 Nov 2026 14:00:00 GMT", "127.0.0.1:8080", hash);
        assertThat(authorization).endsWith("&Signature=jb0WJ3xG0H7BBxfwuYOzyZzS4NJNuI9PN2ZC1Ca6cGg=");
        assertThat(WebhookSignature.valid("demo-webhook-secret", "/webhooks/vipps?x=1", "Fri, 20 Nov 2026 14:00:00 GMT",
                "127.0.0.1:8080", hash, authorization, body)).isTrue();
    }

    @Test
    void anyChangeOrMissingHeaderIsRefused() {
        String hash = WebhookSignature.contentHash(VIPPS_BODY);
        String authorization = WebhookSignature.authorization(VIPPS_SECRET, VIPPS_PATH, VIPPS_DATE, "webhook.site", hash);
        assertThat(WebhookSignature.valid(VIPPS_SECRET, VIPPS_PATH, VIPPS_DATE, "webhook.site", hash, authorization, VIPPS_BODY))
                .isTrue();
        assertThat(WebhookSignature.valid("another secret", VIPPS_PATH, VIPPS_DATE, "webhook.site", hash, authorization,
                VIPPS_BODY)).as("secret").isFalse();
        assertThat(WebhookSignature.valid(VIPPS_SECRET, VIPPS_PATH, VIPPS_DATE, "webhook.site", hash, authorization,
                "{\"some-unique-content\":\"tampered\"}".getBytes(StandardCharsets.UTF_8))).as("body").isFalse();
        assertThat(WebhookSignature.valid(VIPPS_SECRET, "/other", VIPPS_DATE, "webhook.site", hash, authorization, VIPPS_BODY))
                .as("path").isFalse();
        assertThat(WebhookSignature.valid(VIPPS_SECRET, VIPPS_PATH, "Thu, 30 Mar 2023 08:38:33 GMT", "webhook.site", hash,
                authorization, VIPPS_BODY)).as("date").isFalse();
        assertThat(WebhookSignature.valid(VIPPS_SECRET, VIPPS_PATH, VIPPS_DATE, "evil.example", hash, authorization, VIPPS_BODY))
                .as("host").isFalse();
        assertThat(WebhookSignature.valid(VIPPS_SECRET, VIPPS_PATH, VIPPS_DATE, "webhook.site", hash, null, VIPPS_BODY))
                .as("no Authorization").isFalse();
        assertThat(WebhookSignature.valid(VIPPS_SECRET, VIPPS_PATH, null, "webhook.site", hash, authorization, VIPPS_BODY))
                .as("no date").isFalse();
    }
}
