package no.bedriftsportal.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.shared.database.PortalRequestScope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vipps' webhooks ({@code epayments.payment.*.v1}). Anyone can POST here, so a request counts only if
 * it is signed with the webhook secret ({@link WebhookSignature}) and dated near the clock (a replayed
 * old request is refused); else 401, logged. Even then the body only says which payment to look at:
 * {@link SettleVippsPayment} reads the payment from Vipps. Vipps not answering is no error to the
 * sender: the poller asks later.
 */
@RestController
class VippsWebhookController {

    static final String PATH = "/webhooks/vipps";

    private static final Logger log = LoggerFactory.getLogger(VippsWebhookController.class);

    private final VippsProperties properties;
    private final SettleVippsPayment settle;
    private final JsonMapper json;
    private final Clock clock;

    VippsWebhookController(VippsProperties properties, SettleVippsPayment settle, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.settle = settle;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        if (!properties.configured()) {
            return ResponseEntity.notFound().build();
        }
        byte[] content = body == null ? new byte[0] : body;
        String pathAndQuery = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String date = request.getHeader("x-ms-date");
        if (!WebhookSignature.valid(properties.webhookSecret(), pathAndQuery, date, request.getHeader("Host"),
                request.getHeader("x-ms-content-sha256"), request.getHeader("Authorization"), content)) {
            log.warn("Vipps webhook from {} refused: missing or wrong signature", request.getRemoteAddr());
            return ResponseEntity.status(401).build();
        }
        if (!recent(date)) {
            log.warn("Vipps webhook from {} refused: x-ms-date {} too far from the clock", request.getRemoteAddr(), date);
            return ResponseEntity.status(401).build();
        }
        JsonNode event;
        try {
            event = json.readTree(content);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        String reference = event.path("reference").asString("");
        String name = event.path("name").asString("");
        if (reference.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        try {
            // not a portal user's request: the payment's company is found from its reference
            PortalRequestScope.crossCompany(() -> {
                settle.settle(reference, "webhook " + name);
                return null;
            });
        } catch (VippsApiException e) {
            log.warn("Vipps payment {}: webhook {} not applied now, the poller asks again: {}", reference, name, e.getMessage());
        }
        return ResponseEntity.ok().build();
    }

    private boolean recent(String date) {
        try {
            Instant sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Duration.between(sent, clock.instant()).abs().compareTo(properties.webhookClockSkew()) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
