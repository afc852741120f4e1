package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import no.bedriftsportal.identity.PortalModule;

/** The card cache on its own: one computation per key however many ask at once, failures not kept, the bound held. */
class CardCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void requestsMissingTheSameKeyTogetherComputeItOnce() throws Exception {
        CardCache cache = new CardCache(10);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get(key(1, 7), () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return "card";
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get(key(1, 7), () -> {
                    computed.incrementAndGet();
                    return "another";
                })));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("card");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(7);
    }

    @Test
    void aFailedComputationIsNotKept() {
        CardCache cache = new CardCache(10);
        assertThatThrownBy(() -> cache.get(key(1, 7), () -> {
            throw new IllegalStateException("database away");
        })).hasMessage("database away");
        assertThat(cache.size()).isZero();
        assertThat(cache.<String>get(key(1, 7), () -> "card")).isEqualTo("card");
    }

    @Test
    void keysDifferingInScopeVersionOrDayAreDifferentEntries() {
        CardCache cache = new CardCache(10);
        cache.get(key(1, 7), () -> "version 7");
        assertThat(cache.<String>get(key(1, 8), () -> "version 8")).isEqualTo("version 8");
        assertThat(cache.<String>get(new CardCache.Key(1, Set.of(10L), Set.of(PortalModule.DASHBOARD), "subscriptions",
                Period.DAYS_7, DAY, 7), () -> "one customer number")).isEqualTo("one customer number");
        assertThat(cache.<String>get(new CardCache.Key(1, null, Set.of(PortalModule.DASHBOARD), "subscriptions",
                Period.DAYS_7, DAY.plusDays(1), 7), () -> "tomorrow")).isEqualTo("tomorrow");
        assertThat(cache.<String>get(key(1, 7), () -> "again")).isEqualTo("version 7");
    }

    @Test
    void theLeastRecentlyUsedLeaveFirstAndTheBoundHolds() {
        CardCache cache = new CardCache(3);
        for (int version = 0; version < 100; version++) {
            int v = version;
            cache.get(key(1, v), () -> "v" + v);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        assertThat(cache.<String>get(key(1, 99), () -> "computed again")).isEqualTo("v99");
        assertThat(cache.<String>get(key(1, 0), () -> "computed again")).isEqualTo("computed again");
        assertThat(new CardCache(0).<String>get(key(1, 1), () -> "off")).isEqualTo("off");
    }

    private static CardCache.Key key(long company, long version) {
        return new CardCache.Key(company, null, Set.of(PortalModule.DASHBOARD), "subscriptions", Period.DAYS_7, DAY, version);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
