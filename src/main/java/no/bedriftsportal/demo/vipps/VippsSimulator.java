package no.bedriftsportal.demo.vipps;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import no.bedriftsportal.shared.NorwegianFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for Vipps MobilePay, for the demo and the tests only (ADR 0018): the part of the Access
 * token and ePayment v1 APIs the portal uses, on a loopback port, with Vipps' rules as documented:
 * the same Idempotency-Key gives the same answer and does nothing twice, a reference is taken once,
 * a payment not approved in {@code expiry} (by the application's clock) expires, and a captured
 * payment stays AUTHORIZED with its aggregate telling what was captured. Each change is sent to the
 * webhook URL, signed with HMAC-SHA256 as Vipps signs (written here on its own, not borrowed from the
 * portal's verifier, so that a test compares two readings of the documentation).
 *
 * <p>The {@code redirectUrl} is a landing page where a person approves or rejects, as in the app,
 * and is then sent to the {@code returnUrl}. Knobs for tests: {@link #failNextCapture()} and the
 * {@link Webhooks} mode.
 */
public final class VippsSimulator {

    /** How webhooks are sent. */
    public enum Webhooks {
        /** Once each, in order. */
        NORMAL,
        /** Each one twice. */
        TWICE,
        /** The authorized event held back until after the captured one. */
        OUT_OF_ORDER,
        /** Signed with a wrong secret. */
        BAD_SECRET,
        /** None at all: the portal must poll. */
        NONE
    }

    /** The simulator's keys: they must match the portal's {@code portal.vipps.*}. */
    public record Keys(String clientId, String clientSecret, String subscriptionKey, String merchantSerialNumber,
            String webhookSecret) {
    }

    /** A payment as the simulator holds it, for tests to look at. */
    public record Payment(String reference, String state, long amountOre, long authorizedOre, long capturedOre,
            long cancelledOre, String description, String returnUrl, Instant createdAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(VippsSimulator.class);
    private static final Pattern REFERENCE = Pattern.compile("[a-zA-Z0-9-]{8,64}");
    private static final Pattern PAYMENT_PATH = Pattern.compile("/epayment/v1/payments/([^/]+)(/capture|/cancel)?");
    private static final Pattern LANDING_PATH = Pattern.compile("/landing/([^/]+)");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Keys keys;
    private final String merchantName;
    private final Duration expiry;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService webhookSender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vipps-simulator-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, State> payments = new ConcurrentHashMap<>();
    /** Answers already given, by operation and Idempotency-Key: the same key gets the same answer. */
    private final Map<String, Answer> idempotent = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<String> heldBack = new ArrayList<>();
    private final AtomicInteger webhooksSent = new AtomicInteger();
    private volatile Webhooks webhooks = Webhooks.NORMAL;
    private volatile boolean failNextCapture;
    private volatile String webhookUrl;
    private HttpServer server;

    public VippsSimulator(Keys keys, String merchantName, Duration expiry, Clock clock) {
        this.keys = keys;
        this.merchantName = merchantName;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** Listens on the loopback address at {@code port} (0: any free port). */
    public synchronized void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/", exchange -> {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                log.warn("Vipps simulator: {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                send(exchange, 500, "application/problem+json", problem("Internal error", String.valueOf(e.getMessage())));
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "vipps-simulator");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        log.info("Vipps simulator (a stand-in for Vipps MobilePay) at {}", baseUrl());
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        webhookSender.shutdownNow();
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Where webhooks go (Vipps: the URL registered with the Webhooks API). */
    public void webhookUrl(String url) {
        this.webhookUrl = url;
    }

    public void webhooks(Webhooks mode) {
        this.webhooks = mode;
    }

    /** The next capture is refused with a 400 problem. */
    public void failNextCapture() {
        this.failNextCapture = true;
    }

    /** Back to normal: webhooks once each, captures succeed, nothing held back. */
    public synchronized void reset() {
        webhooks = Webhooks.NORMAL;
        failNextCapture = false;
        heldBack.clear();
    }

    public int webhooksSent() {
        return webhooksSent.get();
    }

    public Payment payment(String reference) {
        State state = payments.get(reference);
        if (state == null) {
            return null;
        }
        synchronized (state) {
            expireIfDue(state);
            return state.snapshot();
        }
    }

    /** The payer's answer, as the landing page's buttons give it; returns where the payer is sent next. */
    public String answer(String reference, boolean approve) {
        State state = payments.get(reference);
        synchronized (state) {
            expireIfDue(state);
            if ("CREATED".equals(state.state)) {
                state.state = approve ? "AUTHORIZED" : "ABORTED";
                if (approve) {
                    state.authorizedOre = state.amountOre;
                }
                webhook(state, approve ? "AUTHORIZED" : "ABORTED", state.amountOre);
            }
            return state.returnUrl;
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/accesstoken/get") && method.equals("POST")) {
            accessToken(exchange);
            return;
        }
        Matcher landing = LANDING_PATH.matcher(path);
        if (landing.matches()) {
            landing(exchange, landing.group(1));
            return;
        }
        if (!authorised(exchange)) {
            send(exchange, 401, "application/problem+json", problem("Unauthorized", "Missing or wrong access token or keys"));
            return;
        }
        if (path.equals("/epayment/v1/payments") && method.equals("POST")) {
            idempotently(exchange, "create", this::create);
            return;
        }
        Matcher payment = PAYMENT_PATH.matcher(path);
        if (payment.matches()) {
            State state = payments.get(payment.group(1));
            if (state == null) {
                send(exchange, 404, "application/problem+json", problem("Not Found", "No payment with reference " + payment.group(1)));
                return;
            }
            if (payment.group(2) == null && method.equals("GET")) {
                synchronized (state) {
                    expireIfDue(state);
                    send(exchange, 200, "application/json", json.writeValueAsString(state.body()));
                }
            } else if ("/capture".equals(payment.group(2)) && method.equals("POST")) {
                idempotently(exchange, "capture " + state.reference, body -> capture(state, body));
            } else if ("/cancel".equals(payment.group(2)) && method.equals("POST")) {
                idempotently(exchange, "cancel " + state.reference, body -> cancel(state));
            } else {
                send(exchange, 405, "application/problem+json", problem("Method Not Allowed", method));
            }
            return;
        }
        send(exchange, 404, "application/problem+json", problem("Not Found", path));
    }

    private void accessToken(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        if (!keys.clientId().equals(headers.getFirst("client_id")) || !keys.clientSecret().equals(headers.getFirst("client_secret"))
                || !keys.subscriptionKey().equals(headers.getFirst("Ocp-Apim-Subscription-Key"))) {
            send(exchange, 401, "application/problem+json", problem("Unauthorized", "Wrong client_id, client_secret or subscription key"));
            return;
        }
        String token = "sim-" + UUID.randomUUID();
        tokens.put(token, keys.clientId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "Bearer");
        body.put("expires_in", "3600");
        body.put("access_token", token);
        send(exchange, 200, "application/json", json.writeValueAsString(body));
    }

    private boolean authorised(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        String authorization = headers.getFirst("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") && tokens.containsKey(authorization.substring(7))
                && keys.subscriptionKey().equals(headers.getFirst("Ocp-Apim-Subscription-Key"))
                && keys.merchantSerialNumber().equals(headers.getFirst("Merchant-Serial-Number"));
    }

    /** Runs {@code operation} once per Idempotency-Key; the same key again gets the first answer. */
    private void idempotently(HttpExchange exchange, String operation, Operation work) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            send(exchange, 400, "application/problem+json", problem("Bad Request", "Idempotency-Key is required"));
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        }
        Answer answer;
        synchronized (idempotent) {
            answer = idempotent.get(operation + " " + key);
            if (answer == null) {
                answer = work.run(body);
                if (answer.status() / 100 == 2) {
                    idempotent.put(operation + " " + key, answer);
                }
            }
        }
        send(exchange, answer.status(), answer.status() / 100 == 2 ? "application/json" : "application/problem+json", answer.body());
    }

    private Answer create(JsonNode body) {
        String reference = body.path("reference").asString("");
        long amount = body.path("amount").path("value").asLong();
        if (!REFERENCE.matcher(reference).matches() || amount <= 0 || !"NOK".equals(body.path("amount").path("currency").asString())
                || !"WEB_REDIRECT".equals(body.path("userFlow").asString()) || body.path("returnUrl").asString("").isEmpty()) {
            return new Answer(400, problem("Bad Request", "reference, amount (NOK, > 0), userFlow WEB_REDIRECT and returnUrl are required"));
        }
        State state = new State(reference, amount, body.path("paymentDescription").asString(""), body.path("returnUrl").asString(),
                clock.instant());
        if (payments.putIfAbsent(reference, state) != null) {
            return new Answer(409, problem("Conflict", "The reference " + reference + " is already used"));
        }
        return new Answer(201, json.writeValueAsString(Map.of("redirectUrl", baseUrl() + "/landing/" + reference,
                "reference", reference)));
    }

    private Answer capture(State state, JsonNode body) {
        long amount = body.path("modificationAmount").path("value").asLong();
        synchronized (state) {
            expireIfDue(state);
            if (failNextCapture) {
                failNextCapture = false;
                return new Answer(400, problem("Bad Request", "Capture refused (the simulator was told to refuse it)"));
            }
            if (!"AUTHORIZED".equals(state.state) || amount <= 0
                    || amount > state.authorizedOre - state.capturedOre - state.cancelledOre) {
                return new Answer(400, problem("Bad Request", "Nothing to capture in state " + state.state));
            }
            state.capturedOre += amount;
            webhook(state, "CAPTURED", amount);
            return new Answer(200, json.writeValueAsString(state.body()));
        }
    }

    private Answer cancel(State state) {
        synchronized (state) {
            expireIfDue(state);
            if ("CREATED".equals(state.state)) {
                state.state = "TERMINATED";
                state.cancelledOre = state.amountOre;
                webhook(state, "TERMINATED", state.amountOre);
            } else if ("AUTHORIZED".equals(state.state) && state.capturedOre < state.authorizedOre) {
                long remaining = state.authorizedOre - state.capturedOre - state.cancelledOre;
                state.cancelledOre += remaining;
                webhook(state, "CANCELLED", remaining);
            } else {
                return new Answer(400, problem("Bad Request", "Nothing to cancel in state " + state.state));
            }
            return new Answer(200, json.writeValueAsString(state.body()));
        }
    }

    private void expireIfDue(State state) {
        if ("CREATED".equals(state.state) && !clock.instant().isBefore(state.createdAt.plus(expiry))) {
            state.state = "EXPIRED";
            webhook(state, "EXPIRED", state.amountOre);
        }
    }

    private void landing(HttpExchange exchange, String reference) throws IOException {
        State state = payments.get(reference);
        if (state == null) {
            send(exchange, 404, "text/html; charset=utf-8", "<!doctype html><title>Vipps</title><p>Fant ikke betalingen.</p>");
            return;
        }
        if (exchange.getRequestMethod().equals("POST")) {
            String form;
            try (InputStream in = exchange.getRequestBody()) {
                form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            boolean approve = formValue(form, "choice").equals("approve");
            exchange.getResponseHeaders().set("Location", answer(reference, approve));
            exchange.sendResponseHeaders(303, -1);
            return;
        }
        Payment payment = payment(reference);
        String amount = NorwegianFormat.money(BigDecimal.valueOf(payment.amountOre(), 2));
        String page = """
                <!doctype html>
                <html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Vipps – betal</title>
                <style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}
                .amount{font-size:2rem;font-weight:bold}button{font-size:1.1rem;padding:.6rem 1.2rem;margin:.3rem}
                .approve{background:#ff5b24;color:#fff;border:0}</style></head>
                <body><p><small>Simulert Vipps – ingen ekte betaling</small></p>
                <h1>Betal med Vipps</h1>
                <dl><dt>Til</dt><dd id="merchant">%s</dd><dt>Beløp</dt><dd class="amount" id="amount">%s</dd>
                <dt>Gjelder</dt><dd id="description">%s</dd></dl>
                %s
                </body></html>""".formatted(html(merchantName), html(amount), html(payment.description()),
                "CREATED".equals(payment.state()) ? """
                        <form method="post"><button class="approve" name="choice" value="approve">Godkjenn</button>
                        <button name="choice" value="reject">Avbryt</button></form>"""
                        : "<p id=\"state\">Betalingen er " + html(stateText(payment.state())) + ".</p><p><a href=\""
                                + html(payment.returnUrl()) + "\">Tilbake til butikken</a></p>");
        send(exchange, 200, "text/html; charset=utf-8", page);
    }

    private static String stateText(String state) {
        return switch (state) {
            case "AUTHORIZED" -> "godkjent";
            case "ABORTED" -> "avbrutt";
            case "EXPIRED" -> "utløpt";
            case "TERMINATED" -> "kansellert av butikken";
            default -> state;
        };
    }

    /** Sends (or holds back, or doubles) the event {@code epayments.payment.<name>.v1} after the change is made. */
    private void webhook(State state, String name, long amountOre) {
        if (webhooks == Webhooks.NONE || webhookUrl == null) {
            return;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("msn", keys.merchantSerialNumber());
        event.put("reference", state.reference);
        event.put("pspReference", UUID.randomUUID().toString());
        event.put("name", name);
        event.put("amount", Map.of("currency", "NOK", "value", amountOre));
        event.put("timestamp", clock.instant().toString());
        event.put("idempotencyKey", null);
        event.put("success", true);
        String body = json.writeValueAsString(event);
        Webhooks mode = webhooks;
        synchronized (this) {
            if (mode == Webhooks.OUT_OF_ORDER && name.equals("AUTHORIZED")) {
                heldBack.add(body);
                return;
            }
            deliver(body, mode);
            if (mode == Webhooks.OUT_OF_ORDER && name.equals("CAPTURED")) {
                heldBack.forEach(held -> deliver(held, mode));
                heldBack.clear();
            }
        }
    }

    private void deliver(String body, Webhooks mode) {
        String url = webhookUrl;
        int times = mode == Webhooks.TWICE ? 2 : 1;
        String secret = mode == Webhooks.BAD_SECRET ? "not-the-" + keys.webhookSecret() : keys.webhookSecret();
        for (int i = 0; i < times; i++) {
            webhookSender.execute(() -> {
                try {
                    HttpResponse<Void> response = webhookClient.send(signed(url, body, secret), HttpResponse.BodyHandlers.discarding());
                    webhooksSent.incrementAndGet();
                    log.debug("Vipps simulator: webhook to {} answered {}", url, response.statusCode());
                } catch (IOException e) {
                    log.warn("Vipps simulator: webhook to {} not delivered: {}", url, e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** The request as Vipps signs it: the body's SHA-256, then an HMAC over method, path, date, host and that hash. */
    private HttpRequest signed(String url, String body, String secret) {
        URI uri = URI.create(url);
        String date = HTTP_DATE.format(clock.instant());
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String contentHash = base64(sha256(body.getBytes(StandardCharsets.UTF_8)));
        String toSign = "POST\n" + pathAndQuery + "\n" + date + ";" + uri.getRawAuthority() + ";" + contentHash;
        String signature = base64(hmacSha256(secret, toSign));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("x-ms-date", date)
                .header("x-ms-content-sha256", contentHash)
                .header("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmacSha256(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String problem(String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://developer.vippsmobilepay.com/docs/APIs/epayment-api/api-guide/errors");
        problem.put("title", title);
        problem.put("detail", detail);
        problem.put("traceId", UUID.randomUUID().toString());
        return json.writeValueAsString(problem);
    }

    private static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private interface Operation {
        Answer run(JsonNode body);
    }

    private record Answer(int status, String body) {
    }

    /** One payment's mutable state; guarded by its own monitor. */
    private static final class State {
        final String reference;
        final long amountOre;
        final String description;
        final String returnUrl;
        final Instant createdAt;
        String state = "CREATED";
        long authorizedOre;
        long capturedOre;
        long cancelledOre;

        State(String reference, long amountOre, String description, String returnUrl, Instant createdAt) {
            this.reference = reference;
            this.amountOre = amountOre;
            this.description = description;
            this.returnUrl = returnUrl;
            this.createdAt = createdAt;
        }

        Payment snapshot() {
            return new Payment(reference, state, amountOre, authorizedOre, capturedOre, cancelledOre, description, returnUrl,
                    createdAt);
        }

        Map<String, Object> body() {
            Map<String, Object> aggregate = new HashMap<>();
            aggregate.put("authorizedAmount", amount(authorizedOre));
            aggregate.put("capturedAmount", amount(capturedOre));
            aggregate.put("cancelledAmount", amount(cancelledOre));
            aggregate.put("refundedAmount", amount(0));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reference", reference);
            body.put("state", state);
            body.put("amount", amount(amountOre));
            body.put("aggregate", aggregate);
            body.put("paymentMethod", Map.of("type", "WALLET"));
            body.put("pspReference", UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)).toString());
            return body;
        }

        private static Map<String, Object> amount(long ore) {
            return Map.of("currency", "NOK", "value", ore);
        }
    }
}
