package no.bedriftsportal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets by key, in memory: each holds up to {@code capacity} permits and refills
 * {@code perMinute} a minute. The map keeps the {@code maxKeys} keys used last; a key pushed out
 * comes back with a full bucket, which only ever errs on the caller's side. Time comes from the
 * caller (the injected clock); a clock that goes back refills nothing.
 */
public final class TokenBuckets<K> {

    private static final double NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    /** One take: allowed or not, the whole permits left, and the seconds until the next permit when refused. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final int capacity;
    private final double perMinute;
    private final Map<K, Bucket> buckets;

    public TokenBuckets(int capacity, int perMinute, int maxKeys) {
        this(capacity, (double) perMinute, maxKeys);
    }

    /** Buckets that refill slower than one permit a minute (the order form's, #17.4: a few an hour). */
    public static <K> TokenBuckets<K> perHour(int capacity, int perHour, int maxKeys) {
        return new TokenBuckets<>(capacity, perHour / 60.0, maxKeys);
    }

    private TokenBuckets(int capacity, double perMinute, int maxKeys) {
        this.capacity = capacity;
        this.perMinute = perMinute;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    int capacity() {
        return capacity;
    }

    int perMinute() {
        return (int) perMinute;
    }

    /** Takes a permit if there is one. */
    public synchronized Decision take(K key, Instant now) {
        Bucket bucket = refilled(key, now);
        if (bucket.permits >= 1) {
            bucket.permits -= 1;
            return new Decision(true, (long) Math.floor(bucket.permits), 0);
        }
        return new Decision(false, 0, secondsUntilOne(bucket));
    }

    /** Whether a permit is left, taking none. */
    public synchronized Decision peek(K key, Instant now) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return new Decision(true, capacity, 0);
        }
        refill(bucket, now);
        return bucket.permits >= 1 ? new Decision(true, (long) Math.floor(bucket.permits), 0)
                : new Decision(false, 0, secondsUntilOne(bucket));
    }

    synchronized int size() {
        return buckets.size();
    }

    private Bucket refilled(K key, Instant now) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        refill(bucket, now);
        return bucket;
    }

    private void refill(Bucket bucket, Instant now) {
        if (now.isAfter(bucket.at)) {
            double nanos = Duration.between(bucket.at, now).toNanos();
            bucket.permits = Math.min(capacity, bucket.permits + nanos / NANOS_PER_MINUTE * perMinute);
        }
        bucket.at = now; // a clock moved back (the demo's, a test's) refills nothing and starts from here
    }

    private long secondsUntilOne(Bucket bucket) {
        double missing = 1 - bucket.permits;
        return Math.max(1, (long) Math.ceil(missing * 60 / perMinute));
    }

    private static final class Bucket {
        double permits;
        Instant at;

        Bucket(double permits, Instant at) {
            this.permits = permits;
            this.at = at;
        }
    }
}
