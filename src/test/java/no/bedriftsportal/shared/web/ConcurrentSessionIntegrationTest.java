package no.bedriftsportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;

/**
 * #11.6: ten requests at once on one signed-in session all succeed. Spring Session JDBC saves an
 * attribute that is new to the session with an insert; two requests that both add it (the CSRF
 * token, the saved locale …) used to end one of them in a 500 on {@code spring_session_attributes_pk}.
 */
@PortalIntegrationTest
class ConcurrentSessionIntegrationTest {

    private static final int PARALLEL = 10;
    private static final List<String> PAGES = List.of("/", "/dashboard/users", "/settings/access", "/settings/audit",
            "/invoices", "/dashboard/data", "/?lang=en", "/?lang=nb");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Test
    void tenParallelRequestsOnOneFreshSessionAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                PortalHttpClient client = new PortalHttpClient(port);
                client.logIn(mother.company("Salg").superUser(), outbox);
                statuses.addAll(allAtOnce(pool, client, round));
            }
            assertThat(statuses).hasSize(5 * PARALLEL).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Integer> allAtOnce(ExecutorService pool, PortalHttpClient client, int round) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String path = PAGES.get((i + round) % PAGES.size());
            Callable<Integer> request = () -> {
                start.await();
                return client.get(path).status();
            };
            answers.add(pool.submit(request));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        return statuses;
    }
}
