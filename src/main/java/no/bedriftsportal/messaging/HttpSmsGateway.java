package no.bedriftsportal.messaging;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * POSTs {@code {"to": "+47…", "from": sender, "text": "…"}} as JSON to the configured gateway URL
 * with {@code Authorization: Bearer <token>}; any non-2xx answer counts as not sent.
 */
class HttpSmsGateway implements SmsGateway {

    private final RestClient client;
    private final String sender;

    HttpSmsGateway(RestClient.Builder builder, SmsProperties.Http http, String sender) {
        this.client = builder.baseUrl(http.url())
                .defaultHeader("Authorization", "Bearer " + http.token())
                .build();
        this.sender = sender;
    }

    @Override
    public void send(String to, String text) {
        client.post()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("to", to, "from", sender, "text", text))
                .retrieve()
                .toBodilessEntity();
    }
}
