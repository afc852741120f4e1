package no.bedriftsportal.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.dashboard.CardCache;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.identity.Role;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.CdrFileSummary;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Issue #12's load test: the 2,000-subscription company with 36 months of rollups
 * ({@link DashboardBenchmarkData}), 50 clients on loopback, each signed in with a session of its
 * own (40 super users, 10 users limited to one customer number), asking for the six cards with
 * varied periods and parameters as fast as they are answered, while a file of 2 million CDRs of this
 * month is ingested. Every loop stops by itself: when the ingest is done and at least
 * {@code benchmark.min-seconds} have passed, or at {@code benchmark.max-seconds}. Prints requests/s,
 * p50/p95/p99, errors, the ingest's time and the card cache's hits. Run with
 * {@code mvn -Pbenchmark-load verify}; {@code -Dbenchmark.card-cache-entries=0} measures without the card cache.
 */
public final class CardLoadBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);
    private static final int SUBSCRIPTIONS = Integer.getInteger("benchmark.subscriptions", 2000);
    private static final int RECORDS = Integer.getInteger("benchmark.records", 2_000_000);
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warm-up-seconds", 15);
    private static final int MIN_SECONDS = Integer.getInteger("benchmark.min-seconds", 30);
    private static final int MAX_SECONDS = Integer.getInteger("benchmark.max-seconds", 300);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("load",
                "--portal.login.max-codes-per-address-per-hour=1000", // 50 sign-ins from loopback in a minute
                "--portal.dashboard.card-cache.max-entries=" + System.getProperty("benchmark.card-cache-entries", "2000"))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            LocalDate today = Oslo.today(context.getBean(Clock.class));
            long started = System.nanoTime();
            Company company = DashboardBenchmark.company(context, 0);
            List<DashboardBenchmarkData.Line> lines = DashboardBenchmark.subscriptions(context, company, 0, SUBSCRIPTIONS, today);
            DashboardBenchmarkData.write(context.getBean(DataSource.class), lines, today, 36);
            List<String> msisdns = new ArrayList<>();
            for (int i = 0; i < SUBSCRIPTIONS; i++) {
                msisdns.add("+4740" + String.format("%06d", i));
            }
            Path cdrs = Files.createTempFile("load-benchmark", ".csv");
            BenchmarkCdrs.write(cdrs, msisdns, YearMonth.from(today), YearMonth.from(today), RECORDS, 12);
            System.out.printf(Locale.ROOT, "company of %,d subscriptions with 36 months of rollups and a file of %,d CDRs (%,d MB) "
                    + "ready in %.0f s%n", SUBSCRIPTIONS, RECORDS, Files.size(cdrs) / 1_000_000, BenchmarkPortal.seconds(started));

            List<Client> clients = signIn(context, port, company, lines);
            CardCache cache = context.getBean(CardCache.class);
            System.out.printf(Locale.ROOT, "warm-up: %d s%n", WARM_UP_SECONDS);
            run(clients, new Phase(WARM_UP_SECONDS, WARM_UP_SECONDS, null));

            long hitsBefore = cache.hits();
            long missesBefore = cache.misses();
            AtomicLong ingestNanos = new AtomicLong();
            AtomicBoolean ingestDone = new AtomicBoolean();
            Thread ingest = new Thread(() -> {
                long start = System.nanoTime();
                try {
                    CdrFileSummary summary = context.getBean(IngestCdrFile.class).ingest(cdrs, "load.csv", CdrSource.UPLOAD);
                    ingestNanos.set(System.nanoTime() - start);
                    System.out.printf(Locale.ROOT, "ingest: %s%n", summary);
                } finally {
                    ingestDone.set(true);
                }
            }, "load-benchmark-ingest");
            Phase measured = new Phase(MIN_SECONDS, MAX_SECONDS, ingestDone);
            ingest.start();
            Result result = run(clients, measured);
            ingest.join();
            long hits = cache.hits() - hitsBefore;
            long misses = cache.misses() - missesBefore;

            System.out.println();
            System.out.printf(Locale.ROOT, "== %d clients, %,d subscriptions, ingest of %,d CDRs meanwhile%n", CLIENTS, SUBSCRIPTIONS,
                    RECORDS);
            System.out.printf(Locale.ROOT, "  requests     %,d in %.1f s = %.0f requests/s%n", result.count(), result.seconds(),
                    result.count() / result.seconds());
            System.out.printf(Locale.ROOT, "  latency      p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    result.percentile(50), result.percentile(95), result.percentile(99), result.percentile(100));
            System.out.printf(Locale.ROOT, "  errors       %d%s%n", result.errors(), result.firstError() == null ? ""
                    : " (first: " + result.firstError() + ")");
            System.out.printf(Locale.ROOT, "  ingest       %.1f s (%s)%n", ingestNanos.get() / 1e9,
                    ingestNanos.get() == 0 ? "not finished" : "finished while measured");
            System.out.printf(Locale.ROOT, "  card cache   %,d hits, %,d misses (%.1f %% of card lookups); %d entries of at most %d%n",
                    hits, misses, 100.0 * hits / Math.max(1, hits + misses), cache.size(), cache.maxEntries());
            result.slowest().forEach(line -> System.out.println("  " + line));
        }
    }

    /** One session per client; the first 40 are super users, the rest limited to one customer number each. */
    private static List<Client> signIn(ConfigurableApplicationContext context, int port, Company company,
            List<DashboardBenchmarkData.Line> lines) {
        PortalUsers users = context.getBean(PortalUsers.class);
        SmsOutbox outbox = context.getBean(SmsOutbox.class);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            DashboardBenchmarkData.Line line = lines.get(i * 37 % lines.size());
            Msisdn msisdn = new Msisdn("+4740" + String.format("%06d", i * 37 % lines.size()));
            boolean superUser = i < CLIENTS * 4 / 5;
            users.grant(company.id(), superUser ? GrantAccess.superUser(msisdn.value())
                    : new GrantAccess(msisdn.value(), Role.USER, Set.of(line.accountId()), Set.of(PortalModule.DASHBOARD)),
                    Actor.operator("127.0.0.1"));
            PortalHttpClient login = new PortalHttpClient(port);
            login.logIn(msisdn, outbox);
            List<DashboardBenchmarkData.Line> visible = superUser ? lines   // a user's panel of their own customer number only
                    : lines.stream().filter(other -> other.accountId() == line.accountId()).toList();
            clients.add(new Client(http, "http://127.0.0.1:" + port, login.sessionId(), visible, i));
        }
        return clients;
    }

    /** How long a phase lasts: at least {@code minSeconds}, then until {@code done} (if any), at most {@code maxSeconds}. */
    private record Phase(int minSeconds, int maxSeconds, AtomicBoolean done) {
        boolean over(long startedNanos) {
            double seconds = BenchmarkPortal.seconds(startedNanos);
            return seconds >= maxSeconds || seconds >= minSeconds && (done == null || done.get());
        }
    }

    private static Result run(List<Client> clients, Phase phase) throws InterruptedException {
        Result result = new Result();
        CountDownLatch finished = new CountDownLatch(clients.size());
        long started = System.nanoTime();
        for (Client client : clients) {
            Thread thread = new Thread(() -> {
                try {
                    while (!phase.over(started)) {
                        client.next(result);
                    }
                } finally {
                    finished.countDown();
                }
            }, "load-client-" + client.index);
            thread.setDaemon(true);
            thread.start();
        }
        if (!finished.await(phase.maxSeconds() + TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("clients did not stop");
        }
        result.seconds = BenchmarkPortal.seconds(started);
        return result;
    }

    /** A signed-in client: picks the next card request at random (its own seed) and records how it went. */
    private static final class Client {
        private final HttpClient http;
        private final String base;
        private final String session;
        private final List<DashboardBenchmarkData.Line> lines;
        private final int index;
        private final SplittableRandom random;

        Client(HttpClient http, String base, String session, List<DashboardBenchmarkData.Line> lines, int index) {
            this.http = http;
            this.base = base;
            this.session = session;
            this.lines = lines;
            this.index = index;
            this.random = new SplittableRandom(index);
        }

        void next(Result result) {
            String path = path();
            long started = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                        .header("Cookie", "SESSION=" + session).header("HX-Request", "true").GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                // a country the client's customer numbers had no usage in is a 404 by design (WorldController)
                boolean answered = response.statusCode() == 200 || response.statusCode() == 404 && path.contains("/countries/");
                result.add(path, System.nanoTime() - started, answered ? null : path + " answered " + response.statusCode());
            } catch (Exception e) {
                result.add(path, System.nanoTime() - started, path + ": " + e);
            }
        }

        /** The six cards, their periods and parameters, in the mix a busy morning might bring. */
        private String path() {
            int roll = random.nextInt(100);
            String month = random.nextBoolean() ? "THIS_MONTH" : "LAST_MONTH";
            String rolling = pick("DAYS_7", "DAYS_30", "DAYS_90");
            if (roll < 16) {
                return "/dashboard/subscriptions?subscriptions=" + rolling;                               // D1
            } else if (roll < 30) {
                return "/dashboard/costs?costs=" + pick("12", "24", "36");                                // D2
            } else if (roll < 44) {
                return "/dashboard/world?world=" + rolling;                                               // D4
            } else if (roll < 50) {
                return "/dashboard/world/countries/" + pick("SE", "DE", "ES", "US") + "?world=" + rolling;
            } else if (roll < 62) {
                return "/dashboard/data?data=" + month;                                                   // D5
            } else if (roll < 68) {
                return "/dashboard/data/users?data=" + month + "&sort=" + pick("PERCENT_DESC", "MB_DESC")
                        + "&page=" + random.nextInt(4);
            } else if (roll < 80) {
                return "/dashboard/users?users=" + month;                                                  // D6/D7
            } else if (roll < 90) {
                return "/dashboard/users/list?users=" + month + "&userSort=" + pick("COST", "DATA", "MINUTES", "NAME")
                        + "&userPage=" + (1 + random.nextInt(5));
            } else if (roll < 93) {
                return "/dashboard/users/list?users=" + month + "&userSearch=" + pick("hansen", "kari", "olsen", "berg");
            } else if (roll < 95) {
                return "/dashboard/users/" + lines.get(random.nextInt(lines.size())).subscriptionId() + "?users=" + month;
            }
            return "/";                                                                                     // every card, D3 too
        }

        private String pick(String... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }

    /** Every request's time, errors, and the slowest paths. */
    private static final class Result {
        private final LongAdder errors = new LongAdder();
        private final ConcurrentHashMap<String, Long> slowestByCard = new ConcurrentHashMap<>();
        private volatile String firstError;
        double seconds;
        private final List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());

        void add(String path, long took, String error) {
            nanos.add(took);
            if (error != null) {
                errors.increment();
                if (firstError == null) {
                    firstError = error;
                }
            }
            String card = path.replaceAll("\\?.*", "").replaceAll("/\\d+$", "/{id}").replaceAll("/countries/..", "/countries/{code}");
            slowestByCard.merge(card, took, Math::max);
        }

        long count() {
            return nanos.size();
        }

        double seconds() {
            return seconds;
        }

        long errors() {
            return errors.sum();
        }

        String firstError() {
            return firstError;
        }

        double percentile(int p) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = nanos.stream().sorted().toList();
            }
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = p == 100 ? sorted.size() - 1 : Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1);
            return sorted.get(Math.max(0, index)) / 1e6;
        }

        List<String> slowest() {
            return slowestByCard.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .map(entry -> String.format(Locale.ROOT, "slowest %-36s %.0f ms", entry.getKey(), entry.getValue() / 1e6))
                    .toList();
        }
    }

    private CardLoadBenchmark() {
    }
}
