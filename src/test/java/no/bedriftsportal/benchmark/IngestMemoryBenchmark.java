package no.bedriftsportal.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sun.management.GarbageCollectionNotificationInfo;

import no.bedriftsportal.shared.Oslo;

/**
 * Issue #10.3's proof that a CDR file of any size ingests in bounded memory while the portal
 * answers: the application in this JVM (run it with {@code -Xmx512m}: {@code mvn
 * -Pbenchmark-ingest-memory verify}) gets a file of {@code -Dbenchmark.file-megabytes} (1,024) of
 * CDRs for {@code -Dbenchmark.subscriptions} (2,000) in its spool directory, while another thread
 * asks {@code /actuator/health} every 200 ms. It prints the time the file took, the heap in use at
 * its highest (sampled every 50 ms, garbage included) and after each garbage collection (what was
 * really held), and the slowest health answer. An OutOfMemoryError would end it.
 */
public final class IngestMemoryBenchmark {

    public static void main(String[] args) throws Exception {
        long fileBytes = Long.getLong("benchmark.file-megabytes", 1024) << 20;
        int subscriptionCount = Integer.getInteger("benchmark.subscriptions", 2_000);
        Path spool = Files.createTempDirectory("benchmark-spool");
        List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>()); // an OutOfMemoryError ends a spool round so
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            uncaught.add(failure);
            failure.printStackTrace();
        });
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("ingest-memory", "--portal.scheduling.enabled=true",
                "--portal.cdr.spool-dir=" + spool, "--portal.cdr.spool-interval=1s")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            YearMonth month = YearMonth.from(Oslo.today(context.getBean(Clock.class))).minusMonths(1);
            List<String> msisdns = UsageIngestBenchmark.company(context, subscriptionCount, month.minusYears(2));

            Path file = spool.resolve("benchmark-memory.csv.part");
            int records = (int) (fileBytes / 72); // BenchmarkCdrs writes some 72 bytes a line
            long generating = System.nanoTime();
            BenchmarkCdrs.write(file, msisdns, month, month, records, 1010);
            System.out.printf(Locale.ROOT, "generated %,d CDRs of %s, %,d MB, in %.1f s%n", records, month, Files.size(file) >> 20,
                    BenchmarkPortal.seconds(generating));

            System.gc();
            Heap heap = new Heap();
            Health health = new Health(port);
            Thread healthThread = new Thread(health, "health-poll");
            healthThread.setDaemon(true);
            healthThread.start();
            long started = System.nanoTime();
            Files.move(file, spool.resolve("benchmark-memory.csv"), StandardCopyOption.ATOMIC_MOVE); // the spool takes it now
            Path done = spool.resolve("done/benchmark-memory.csv");
            Path failed = spool.resolve("failed/benchmark-memory.csv");
            while (!Files.exists(done) && !Files.exists(failed)) {
                heap.sample();
                Thread.sleep(50);
            }
            double seconds = BenchmarkPortal.seconds(started);
            health.stop();
            healthThread.join();

            String ledger = context.getBean(JdbcClient.class).sql("""
                    select status || ': ' || records || ' records, ' || rated || ' rated, ' || duplicate || ' duplicate, '
                           || rejected || ' rejected' || coalesce(', ' || refused_reason, '')
                    from cdr_file where name = 'benchmark-memory.csv'""").query(String.class).single();
            System.out.println();
            System.out.printf(Locale.ROOT, "file: %,d MB, %s%n", fileBytes >> 20, ledger);
            System.out.printf(Locale.ROOT, "time from the spool to done/: %.1f s = %,.0f CDRs/s (the spool is read every second)%n", seconds,
                    records / seconds);
            System.out.println("heap: " + heap.describe());
            System.out.println("health: " + health.describe());
            uncaught.forEach(failure -> System.out.println("failed on the way, and the spool took the file again: " + failure));
            System.out.println(Files.exists(done) && uncaught.isEmpty() && health.slowestMillis() < 1000
                    ? "OK: ingested in bounded memory at the first attempt, health answered within 1 s" : "NOT OK");
        }
    }

    /**
     * The heap while the file is ingested: in use (garbage included), sampled; and what the old
     * generation held after the collections that clean it (mixed and full ones), which is what
     * the ingest really kept.
     */
    private static final class Heap {

        private final long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        private final AtomicLong collections = new AtomicLong();
        private final AtomicLong fullCollections = new AtomicLong();
        private final long collectionMillisBefore = collectionMillis();
        private final MemoryPoolMXBean oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")).findFirst().orElse(null);
        private long maxUsed;
        private long maxOldAfterCollection;

        Heap() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        collections.incrementAndGet();
                        if (info.getGcAction().contains("major")) {
                            fullCollections.incrementAndGet();
                        }
                    }
                }, null, null);
            }
        }

        void sample() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                }
            }
            maxUsed = Math.max(maxUsed, used);
            if (oldGeneration != null && oldGeneration.getCollectionUsage() != null) {
                maxOldAfterCollection = Math.max(maxOldAfterCollection, oldGeneration.getCollectionUsage().getUsed());
            }
        }

        String describe() {
            System.gc();
            long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return String.format(Locale.ROOT, "max %,d MB; in use at most %,d MB (sampled every 50 ms, garbage included); "
                    + "old generation after its collections at most %,d MB; %,d MB before the file, %,d MB after it; "
                    + "%d collections (%d full), %.1f s", Runtime.getRuntime().maxMemory() >> 20, maxUsed >> 20,
                    maxOldAfterCollection >> 20, before >> 20, after >> 20, collections.get(), fullCollections.get(),
                    (collectionMillis() - collectionMillisBefore) / 1000.0);
        }

        private static long collectionMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }

    /** Asks /actuator/health every 200 ms and times each answer. */
    private static final class Health implements Runnable {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final HttpRequest request;
        private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        private final List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;

        Health(int port) {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(30)).GET().build();
        }

        @Override
        public void run() {
            while (running) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    statuses.add(answer.statusCode());
                } catch (Exception e) {
                    statuses.add(-1);
                }
                long took = (System.nanoTime() - started) / 1_000_000;
                millis.add(took);
                try {
                    Thread.sleep(Math.max(0, 200 - took));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long slowestMillis() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(Long.MAX_VALUE);
        }

        String describe() {
            List<Long> sorted = millis.stream().sorted().toList();
            long notUp = statuses.stream().filter(status -> status != 200).count();
            return String.format(Locale.ROOT, "%d answers, median %d ms, 99th percentile %d ms, slowest %d ms; %d not 200 UP",
                    sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99)),
                    slowestMillis(), notUp);
        }
    }

    private IngestMemoryBenchmark() {
    }
}
