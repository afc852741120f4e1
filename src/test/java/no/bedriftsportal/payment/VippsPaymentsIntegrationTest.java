package no.bedriftsportal.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.demo.vipps.VippsSimulator;
import no.bedriftsportal.demo.vipps.VippsSimulator.Webhooks;
import no.bedriftsportal.shared.Msisdn;

/**
 * Vipps payments end to end over real HTTP: the portal's client against the simulator, the payer's
 * answer through the simulator's landing page, signed webhooks back into the portal, the poller, and
 * the real PostgreSQL. Whatever the webhooks do (twice, out of order, not at all, badly signed), a
 * payment is captured and announced once, and a failed one announces no capture.
 */
@PortalIntegrationTest
class VippsPaymentsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String RETURN_URL = "http://localhost/extra-packages/vipps/return";

    @Autowired
    VippsPayments payments;

    @Autowired
    VippsClient client;

    @Autowired
    VippsSimulator simulator;

    @Autowired
    CompanyMother companies;

    @Autowired
    TestClock clock;

    @Autowired
    ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<?>> recorder = event -> {
        if (event.getPayload() instanceof VippsPaymentCaptured || event.getPayload() instanceof VippsPaymentFailed) {
            events.add(event.getPayload());
        }
    };
    private long companyId;

    @BeforeEach
    void setUp() {
        context.addApplicationListener(recorder);
        companyId = companies.company("Salg").id();
    }

    @AfterEach
    void tearDown() {
        context.removeApplicationListener(recorder);
        simulator.reset();
        clock.reset();
    }

    @Test
    void approvedInTheAppIsCapturedAtOnceAndAnnouncedOnce() throws Exception {
        StartedPayment started = start(19_900);
        HttpResponse<String> landing = HTTP.send(HttpRequest.newBuilder(URI.create(started.redirectUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(landing.body()).contains("Betal med Vipps", "Bedriftsportal (demo)", "199,00\u00a0kr", "Ekstrapakke 5 GB");

        assertThat(answer(started, "approve")).isEqualTo(RETURN_URL);

        awaitState(started, PaymentState.CAPTURED);
        assertThat(simulator.payment(started.reference()).capturedOre()).isEqualTo(19_900);
        settleQuietly();
        assertThat(captured(started)).singleElement().satisfies(event -> {
            assertThat(event.companyId()).isEqualTo(companyId);
            assertThat(event.employeeId()).isEqualTo(7L);
            assertThat(event.purpose()).isEqualTo("EXTRA_PACKAGE");
            assertThat(event.purposeKey()).isEqualTo("EXTRA_5");
            assertThat(event.amountOre()).isEqualTo(19_900);
            assertThat(event.capturedAt()).isEqualTo(clock.instant());
        });
        assertThat(failed(started)).isEmpty();
    }

    @Test
    void rejectedInTheAppIsAbortedAndBuysNothing() throws Exception {
        StartedPayment started = start(7_900);
        answer(started, "reject");

        awaitState(started, PaymentState.ABORTED);
        settleQuietly();
        assertThat(captured(started)).isEmpty();
        assertThat(failed(started)).singleElement().extracting(VippsPaymentFailed::state).isEqualTo(PaymentState.ABORTED);
    }

    @Test
    void notAnsweredInTimeExpires() throws Exception {
        StartedPayment started = start(7_900);
        clock.advance(Duration.ofMinutes(11)); // past the simulator's 5 minutes and the portal's 10

        awaitState(started, PaymentState.EXPIRED);
        assertThat(captured(started)).isEmpty();
        assertThat(failed(started)).singleElement().extracting(VippsPaymentFailed::state).isEqualTo(PaymentState.EXPIRED);
    }

    @Test
    void everyWebhookTwiceStillCapturesAndAnnouncesOnce() throws Exception {
        simulator.webhooks(Webhooks.TWICE);
        StartedPayment started = start(34_900);
        int before = simulator.webhooksSent();
        answer(started, "approve");

        awaitState(started, PaymentState.CAPTURED);
        await(() -> simulator.webhooksSent() >= before + 4); // authorized ×2, captured ×2
        settleQuietly();
        assertThat(captured(started)).hasSize(1);
        assertThat(simulator.payment(started.reference()).capturedOre()).isEqualTo(34_900);
    }

    @Test
    void capturedArrivingBeforeAuthorizedStillAnnouncesOnce() throws Exception {
        simulator.webhooks(Webhooks.OUT_OF_ORDER);
        StartedPayment started = start(19_900);
        int before = simulator.webhooksSent();
        answer(started, "approve");
        assertThat(payments.status(companyId, started.reference()).orElseThrow().state()).isEqualTo(PaymentState.CREATED);

        // the payer is back on the return page, which asks Vipps: captured now; then both webhooks, captured first
        assertThat(payments.refresh(companyId, started.reference()).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
        await(() -> simulator.webhooksSent() >= before + 2);
        settleQuietly();
        assertThat(captured(started)).hasSize(1);
    }

    @Test
    void aRefusedCaptureIsRecordedCancelledAndBuysNothing() throws Exception {
        simulator.failNextCapture();
        StartedPayment started = start(19_900);
        answer(started, "approve");

        awaitState(started, PaymentState.CAPTURE_FAILED);
        await(() -> simulator.payment(started.reference()).cancelledOre() == 19_900);
        settleQuietly();
        assertThat(captured(started)).isEmpty();
        assertThat(failed(started)).singleElement().extracting(VippsPaymentFailed::state).isEqualTo(PaymentState.CAPTURE_FAILED);
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedAndChangesNothing() throws Exception {
        simulator.webhooks(Webhooks.BAD_SECRET);
        StartedPayment started = start(19_900);
        int before = simulator.webhooksSent();
        answer(started, "approve");
        await(() -> simulator.webhooksSent() > before);
        settleQuietly();
        assertThat(payments.status(companyId, started.reference()).orElseThrow().state()).isEqualTo(PaymentState.CREATED);

        String body = "{\"reference\":\"" + started.reference() + "\",\"name\":\"AUTHORIZED\"}";
        assertThat(postWebhook(body, null, now()).statusCode()).as("no signature").isEqualTo(401);
        assertThat(postWebhook(body, "wrong secret", now()).statusCode()).as("another secret").isEqualTo(401);
        assertThat(postWebhook(body, "demo-webhook-secret", HTTP_DATE.format(clock.instant().minus(Duration.ofMinutes(6)))).statusCode())
                .as("signed rightly, but six minutes old").isEqualTo(401);
        assertThat(payments.status(companyId, started.reference()).orElseThrow().state()).isEqualTo(PaymentState.CREATED);
        assertThat(captured(started)).isEmpty();
        assertThat(failed(started)).isEmpty();

        assertThat(postWebhook(body, "demo-webhook-secret", now()).statusCode()).as("signed rightly, now").isEqualTo(200);
        awaitState(started, PaymentState.CAPTURED);
        assertThat(captured(started)).hasSize(1);
    }

    @Test
    void withoutWebhooksThePollerSettlesIt() throws Exception {
        simulator.webhooks(Webhooks.NONE);
        StartedPayment started = start(7_900);
        answer(started, "approve");
        settleQuietly();
        assertThat(payments.status(companyId, started.reference()).orElseThrow().state()).isEqualTo(PaymentState.CREATED);

        clock.advance(Duration.ofSeconds(31)); // older than portal.vipps.poll-after
        awaitState(started, PaymentState.CAPTURED);
        assertThat(captured(started)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyCreatesOnePaymentAndAReferenceIsTakenOnce() {
        String reference = "bp-test-" + UUID.randomUUID().toString().replace("-", "");
        UUID key = UUID.randomUUID();
        String first = client.create(reference, key, 7_900, "4791234567", "Ekstrapakke 1 GB", RETURN_URL);
        String again = client.create(reference, key, 7_900, "4791234567", "Ekstrapakke 1 GB", RETURN_URL);
        assertThat(again).isEqualTo(first);

        assertThatThrownBy(() -> client.create(reference, UUID.randomUUID(), 7_900, "4791234567", "Ekstrapakke 1 GB", RETURN_URL))
                .isInstanceOfSatisfying(VippsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.problem()).contains("already used");
                });
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private String now() {
        return HTTP_DATE.format(clock.instant());
    }

    private StartedPayment start(long amountOre) {
        StartedPayment started = payments.start(new PaymentRequest(companyId, 7L, Msisdn.of("91234567"), amountOre,
                amountOre == 19_900 ? "Ekstrapakke 5 GB" : "Ekstrapakke", "EXTRA_PACKAGE", "EXTRA_5", RETURN_URL));
        assertThat(started.reference()).matches("[a-zA-Z0-9-]{8,64}");
        assertThat(payments.status(companyId, started.reference()).orElseThrow().state()).isEqualTo(PaymentState.CREATED);
        return started;
    }

    /** The payer's choice on the landing page; returns where they are sent. */
    private static String answer(StartedPayment started, String choice) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(started.redirectUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=" + choice)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> postWebhook(String body, String secret, String date) throws Exception {
        String path = VippsWebhookController.PATH;
        String host = "localhost:" + port;
        String hash = WebhookSignature.contentHash(body.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("x-ms-date", date).header("x-ms-content-sha256", hash)
                    .header("Authorization", WebhookSignature.authorization(secret, path, date, host, hash));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitState(StartedPayment started, PaymentState state) throws InterruptedException {
        await(() -> payments.status(companyId, started.reference()).orElseThrow().state() == state);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(50);
        }
    }

    /** Gives stray webhooks a moment to arrive, so that "once" means once. */
    private static void settleQuietly() throws InterruptedException {
        Thread.sleep(500);
    }

    private List<VippsPaymentCaptured> captured(StartedPayment started) {
        return events.stream().filter(VippsPaymentCaptured.class::isInstance).map(VippsPaymentCaptured.class::cast)
                .filter(event -> event.reference().equals(started.reference())).toList();
    }

    private List<VippsPaymentFailed> failed(StartedPayment started) {
        return events.stream().filter(VippsPaymentFailed.class::isInstance).map(VippsPaymentFailed.class::cast)
                .filter(event -> event.reference().equals(started.reference())).toList();
    }
}
