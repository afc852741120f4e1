package no.bedriftsportal.onboarding;

import java.time.Clock;

import org.springframework.stereotype.Component;

import no.bedriftsportal.identity.TokenBuckets;

/**
 * The order form's rate limits (#17.4, ADR 0026), identity's token buckets: sent forms per client
 * address and per organisation number (so nobody learns, number by number, which mobile numbers
 * belong to a company), and look-ups of organisation numbers per address. In each node's memory,
 * like the company API's limits.
 */
@Component
class OrderLimits {

    private final TokenBuckets<String> submitsByAddress;
    private final TokenBuckets<String> submitsByOrgNumber;
    private final TokenBuckets<String> lookupsByAddress;
    private final Clock clock;

    OrderLimits(OnboardingProperties properties, Clock clock) {
        this.clock = clock;
        this.submitsByAddress = TokenBuckets.perHour(properties.submitBurst(), properties.submitsPerHour(), 10_000);
        this.submitsByOrgNumber = TokenBuckets.perHour(properties.submitBurst(), properties.submitsPerHour(), 10_000);
        this.lookupsByAddress = new TokenBuckets<>(properties.lookupBurst(), properties.lookupsPerMinute(), 10_000);
    }

    /** Seconds to wait, or 0 when this address may send a form now (a permit is taken). */
    long submitFrom(String address) {
        TokenBuckets.Decision decision = submitsByAddress.take(address, clock.instant());
        return decision.allowed() ? 0 : decision.retryAfterSeconds();
    }

    /** Seconds to wait, or 0 when a form for this organisation number may be checked now (a permit is taken). */
    long submitFor(String orgNumber) {
        TokenBuckets.Decision decision = submitsByOrgNumber.take(orgNumber, clock.instant());
        return decision.allowed() ? 0 : decision.retryAfterSeconds();
    }

    long lookupFrom(String address) {
        TokenBuckets.Decision decision = lookupsByAddress.take(address, clock.instant());
        return decision.allowed() ? 0 : decision.retryAfterSeconds();
    }
}
