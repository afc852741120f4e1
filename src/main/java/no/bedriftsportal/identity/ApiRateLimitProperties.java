package no.bedriftsportal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.api.rate-limit.*}: how fast one company API token may call (a token bucket that
 * holds {@code burst} calls and refills {@code requestsPerMinute} a minute), and how many wrong
 * tokens one client address may send a minute before it is refused without a look-up.
 */
@ConfigurationProperties("portal.api.rate-limit")
record ApiRateLimitProperties(int requestsPerMinute, int burst, int failedAttemptsPerMinute) {

    ApiRateLimitProperties {
        requestsPerMinute = requestsPerMinute <= 0 ? 60 : requestsPerMinute;
        burst = burst <= 0 ? 20 : burst;
        failedAttemptsPerMinute = failedAttemptsPerMinute <= 0 ? 20 : failedAttemptsPerMinute;
    }

    /** The defaults: 60 a minute, bursts of 20, 20 wrong tokens a minute per address. */
    static ApiRateLimitProperties defaults() {
        return new ApiRateLimitProperties(0, 0, 0);
    }
}
