package no.bedriftsportal.identity;

import java.time.Clock;

import org.springframework.stereotype.Component;

import no.bedriftsportal.identity.TokenBuckets.Decision;

/**
 * The company API's rate limits (ADR 0013), in this node's memory: calls per token, and wrong
 * tokens per client address (so that secrets cannot be guessed fast). Each map keeps at most
 * {@link #MAX_KEYS} keys. A deployment of several nodes gives each node its own buckets, which
 * multiplies the limits by the nodes; it would move them to a shared store (e.g. Redis, or a row
 * per token in PostgreSQL) behind this class.
 */
@Component
class ApiRateLimiter {

    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private volatile TokenBuckets<Long> perToken;
    private volatile TokenBuckets<String> failedPerAddress;

    ApiRateLimiter(ApiRateLimitProperties properties, Clock clock) {
        this.clock = clock;
        use(properties);
    }

    /** A call of this token: a permit taken, or refused. */
    Decision call(long tokenId) {
        return perToken.take(tokenId, clock.instant());
    }

    /** Whether this address may still try a token (it has sent fewer wrong ones than the limit of late). */
    Decision mayTry(String clientAddress) {
        return failedPerAddress.peek(key(clientAddress), clock.instant());
    }

    /** This address sent a wrong token. */
    void failed(String clientAddress) {
        failedPerAddress.take(key(clientAddress), clock.instant());
    }

    /** The calls a minute a token may make, for the {@code RateLimit-Limit} header. */
    int limit() {
        return perToken.perMinute();
    }

    /** Starts over with these limits and full buckets (tests of the limits set the defaults while the others run unlimited). */
    void use(ApiRateLimitProperties properties) {
        perToken = new TokenBuckets<>(properties.burst(), properties.requestsPerMinute(), MAX_KEYS);
        failedPerAddress = new TokenBuckets<>(properties.failedAttemptsPerMinute(), properties.failedAttemptsPerMinute(), MAX_KEYS);
    }

    private static String key(String clientAddress) {
        return clientAddress == null ? "" : clientAddress;
    }
}
