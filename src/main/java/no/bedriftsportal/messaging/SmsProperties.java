package no.bedriftsportal.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.sms.*}: which gateway sends SMS ({@code log} or {@code http}; no default outside the
 * demo, see {@code RequiredSettings}), the sender name,
 * the HTTP gateway's URL and token, how often the outbox is drained, and whether one-time codes
 * stay readable in the outbox after sending (only the demo keeps them, for its developer page).
 */
@ConfigurationProperties("portal.sms")
record SmsProperties(String gateway, String sender, Http http, Duration dispatchInterval, int maxAttempts,
        boolean keepSensitiveText) {

    SmsProperties {
        sender = sender == null ? "Bedrift" : sender;
        http = http == null ? new Http(null, null) : http;
        dispatchInterval = dispatchInterval == null ? Duration.ofMillis(500) : dispatchInterval;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
    }

    record Http(String url, String token) {
    }
}
