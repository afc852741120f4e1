package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.shared.Msisdn;

/**
 * The {@code http} SMS adapter against a local stub gateway: the outbox is drained to it with the
 * token, a refused message is tried again, and a one-time code's text is cleared once sent. Runs
 * on its own database so that no other context's dispatcher takes its messages.
 */
@SpringBootTest
@ActiveProfiles("test")
class HttpSmsGatewayIntegrationTest {

    private static final HttpServer gateway = stubGateway();
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    /** Recipients whose next message the gateway refuses once (by recipient, so another test's message cannot take the refusal). */
    private static final java.util.Set<String> refuseOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void useTheStubGateway(DynamicPropertyRegistry registry) {
        registry.add("portal.database.embedded.data-dir", () -> "target/test-postgres-sms");
        registry.add("portal.sms.gateway", () -> "http");
        registry.add("portal.sms.http.url", () -> "http://localhost:" + gateway.getAddress().getPort() + "/sms");
        registry.add("portal.sms.http.token", () -> "gateway-secret");
        registry.add("portal.sms.keep-sensitive-text", () -> "false");
        registry.add("portal.sms.dispatch-interval", () -> "50ms");
    }

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clear() {
        received.clear();
        refuseOnce.clear();
    }

    @AfterAll
    static void stop() {
        gateway.stop(0);
    }

    @Test
    void postsEachMessageAsJsonWithTheToken() {
        Msisdn to = CompanyMother.nextMsisdn();

        outbox.queue(to, "Hei! Æ, ø og å kommer fram.");

        Received message = awaitMessageTo(to);
        assertThat(message.authorization()).isEqualTo("Bearer gateway-secret");
        assertThat(message.body()).contains("\"to\":\"" + to.value() + "\"", "Æ, ø og å kommer fram", "\"from\":\"Bedrift\"");
        awaitUntil(() -> "SENT".equals(statusOf(to)));
    }

    @Test
    void aRefusedMessageIsTriedAgainLater() {
        Msisdn to = CompanyMother.nextMsisdn();
        refuseOnce.add(to.value());

        outbox.queue(to, "Prøv igjen");

        awaitUntil(() -> attemptsOf(to) >= 1);
        assertThat(statusOf(to)).isEqualTo("PENDING");
        assertThat(lastErrorOf(to)).contains("503");
        jdbc.sql("update sms_outbox set next_attempt_at = now() where recipient = :to").param("to", to.value()).update();
        awaitMessageTo(to);
        awaitUntil(() -> "SENT".equals(statusOf(to)));
    }

    @Test
    void aOneTimeCodeIsNotKeptOnceSent() {
        Msisdn to = CompanyMother.nextMsisdn();

        outbox.queueSensitive(to, "Din engangskode for Bedriftsportalen er 123456.");

        assertThat(awaitMessageTo(to).body()).contains("123456");
        awaitUntil(() -> "SENT".equals(statusOf(to)));
        assertThat(outbox.latest(20)).filteredOn(sms -> sms.to().equals(to.value()))
                .singleElement().satisfies(sms -> assertThat(sms.text()).doesNotContain("123456"));
    }

    private String statusOf(Msisdn to) {
        return jdbc.sql("select status from sms_outbox where recipient = :to").param("to", to.value()).query(String.class).single();
    }

    private int attemptsOf(Msisdn to) {
        return jdbc.sql("select attempts from sms_outbox where recipient = :to").param("to", to.value()).query(Integer.class).single();
    }

    private String lastErrorOf(Msisdn to) {
        return jdbc.sql("select last_error from sms_outbox where recipient = :to").param("to", to.value()).query(String.class).single();
    }

    private static Received awaitMessageTo(Msisdn to) {
        awaitUntil(() -> received.stream().anyMatch(r -> r.body().contains(to.value())));
        return received.stream().filter(r -> r.body().contains(to.value())).findFirst().orElseThrow();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static HttpServer stubGateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/sms", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (refuseOnce.removeIf(recipient -> body.contains("\"to\":\"" + recipient + "\""))) {
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
                    exchange.sendResponseHeaders(202, -1);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Received(String authorization, String body) {
    }
}
