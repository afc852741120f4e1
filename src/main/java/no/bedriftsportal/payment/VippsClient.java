package no.bedriftsportal.payment;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls of the ePayment API v1 the portal makes (create, get, capture, cancel), over the JDK's
 * HTTP client against {@code portal.vipps.base-url}, with the keys in the headers Vipps asks for. There
 * is no official Java SDK; this is all of it. The access token is fetched once and kept until a minute
 * before it expires. Every non-2xx answer is a {@link VippsApiException} carrying Vipps' problem body;
 * a timeout or refused connection is one with status 0.
 */
@Component
class VippsClient {

    /** A token is fetched again this long before Vipps says it expires. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

    private final VippsProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private AccessToken token;

    VippsClient(VippsProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The payment as Vipps has it: its state and how much of it is authorised, captured and cancelled. */
    record RemotePayment(String reference, String state, long amountOre, long authorizedOre, long capturedOre,
            long cancelledOre) {

        /** Approved and wholly captured: Vipps keeps the state AUTHORIZED, the aggregate tells. */
        boolean captured() {
            return "AUTHORIZED".equals(state) && capturedOre >= amountOre;
        }
    }

    /** Creates a WALLET payment with user flow WEB_REDIRECT; returns the URL to send the payer to. */
    String create(String reference, UUID idempotencyKey, long amountOre, String payerDigits, String description,
            String returnUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount(amountOre));
        body.put("paymentMethod", Map.of("type", "WALLET"));
        body.put("customer", Map.of("phoneNumber", payerDigits));
        body.put("reference", reference);
        body.put("returnUrl", returnUrl);
        body.put("userFlow", "WEB_REDIRECT");
        body.put("paymentDescription", description);
        JsonNode answer = send("create", post("/epayment/v1/payments", body).header("Idempotency-Key", idempotencyKey.toString()));
        return answer.path("redirectUrl").asString();
    }

    RemotePayment get(String reference) {
        return payment(send("get", authorised(path(reference)).GET()));
    }

    /** Captures {@code amountOre}; the same key again captures nothing more. */
    RemotePayment capture(String reference, UUID idempotencyKey, long amountOre) {
        return payment(send("capture", post(path(reference) + "/capture", Map.of("modificationAmount", amount(amountOre)))
                .header("Idempotency-Key", idempotencyKey.toString())));
    }

    /** Cancels what is not captured: before approval the payment becomes TERMINATED. */
    RemotePayment cancel(String reference, UUID idempotencyKey) {
        return payment(send("cancel", post(path(reference) + "/cancel", Map.of())
                .header("Idempotency-Key", idempotencyKey.toString())));
    }

    private static String path(String reference) {
        return "/epayment/v1/payments/" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> amount(long ore) {
        return Map.of("currency", "NOK", "value", ore);
    }

    private RemotePayment payment(JsonNode node) {
        JsonNode aggregate = node.path("aggregate");
        return new RemotePayment(node.path("reference").asString(), node.path("state").asString(),
                node.path("amount").path("value").asLong(), aggregate.path("authorizedAmount").path("value").asLong(),
                aggregate.path("capturedAmount").path("value").asLong(), aggregate.path("cancelledAmount").path("value").asLong());
    }

    private HttpRequest.Builder post(String path, Object body) {
        return authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }

    private HttpRequest.Builder authorised(String path) {
        return request(path).header("Authorization", "Bearer " + accessToken());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(properties.baseUrl() + path)).timeout(properties.timeout())
                .header("Ocp-Apim-Subscription-Key", properties.subscriptionKey())
                .header("Merchant-Serial-Number", properties.merchantSerialNumber())
                .header("Vipps-System-Name", "bedriftsportal")
                .header("Vipps-System-Version", "1");
    }

    private synchronized String accessToken() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(token.renewAt())) {
            JsonNode answer = send("access token", request("/accesstoken/get")
                    .header("client_id", properties.clientId())
                    .header("client_secret", properties.clientSecret())
                    .POST(HttpRequest.BodyPublishers.noBody()));
            // expires_in is a number of seconds, sent as a string by some versions of the API
            long seconds = Long.parseLong(answer.path("expires_in").asString("3600"));
            token = new AccessToken(answer.path("access_token").asString(),
                    now.plusSeconds(seconds).minus(TOKEN_MARGIN));
        }
        return token.value();
    }

    private JsonNode send(String operation, HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new VippsApiException(operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VippsApiException(operation, e);
        }
        if (response.statusCode() / 100 != 2) {
            if (response.statusCode() == 401) {
                forgetToken();
            }
            throw new VippsApiException(operation, response.statusCode(), response.body());
        }
        return response.body() == null || response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private record AccessToken(String value, Instant renewAt) {
    }
}
