package no.bedriftsportal.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.bedriftsportal.identity.PortalModule;

/**
 * The dashboard cards' results, kept in memory per instance (docs/adr/0012-card-cache.md) and keyed
 * by everything they depend on: the company, the granted customer numbers and modules, the card,
 * its parameters, the day (cards count back from today) and the company's data version, which
 * every commit that changes the company's figures raises ({@code CompanyDataVersions}). A commit
 * therefore leaves the old entries unreachable at once, on every instance; no timer is involved.
 *
 * <p>Bounded: at most {@code portal.dashboard.card-cache.max-entries} entries, the least recently
 * used going first; every value is a card's page or summary (bounded by its page size), never a whole
 * list. Requests that miss the same key together compute it once and share the result; a failed
 * computation is not kept.
 */
@Component
public class CardCache {

    /** What a cached card depends on; {@code customerAccountIds} null for all of the company's. */
    record Key(long companyId, Set<Long> customerAccountIds, Set<PortalModule> modules, String card, Object parameters,
            java.time.LocalDate today, long version) {
    }

    private final int maxEntries;
    private final Map<Key, CompletableFuture<Object>> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    CardCache(@Value("${portal.dashboard.card-cache.max-entries:2000}") int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("portal.dashboard.card-cache.max-entries must not be negative");
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Object>> eldest) {
                return size() > CardCache.this.maxEntries;
            }
        };
    }

    /** The card for the key: kept, or computed now (once, however many ask at the same time). */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> found;
        synchronized (entries) {
            found = entries.get(key);
            if (found == null && maxEntries > 0) {
                entries.put(key, mine);
            }
        }
        if (found != null) {
            hits.incrementAndGet();
            try {
                return (T) found.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        misses.incrementAndGet();
        try {
            T value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Lookups answered from the cache (or by a computation another request had started) since start. */
    public long hits() {
        return hits.get();
    }

    /** Lookups that computed the card. */
    public long misses() {
        return misses.get();
    }

    /** Entries held now: never more than the maximum. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public int maxEntries() {
        return maxEntries;
    }
}
