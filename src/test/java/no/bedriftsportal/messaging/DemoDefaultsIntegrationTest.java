package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;

/**
 * The demo as {@code mvn spring-boot:run} starts it cannot be exposed by accident: it listens on
 * loopback only, and there its SMS outbox and its API description answer.
 */
@DemoPortalTest
class DemoDefaultsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoListensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            assertThat(local.isConnected()).isTrue();
        }
        assertThat(external).as("this machine has an address other than loopback").isPresent();

        assertThatThrownBy(() -> {
            try (Socket outside = new Socket()) {
                outside.connect(new InetSocketAddress(external.get(), port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void onLoopbackTheOutboxAndTheApiDescriptionAnswer() {
        Response outbox = new OperatorApiClient(port, null).get("/dev/sms-outbox");
        Response docs = new OperatorApiClient(port, null).get("/v3/api-docs");

        assertThat(outbox.status()).isEqualTo(200);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<String>json("$.openapi")).startsWith("3.");
        assertThat(docs.body()).contains("/api/operator/companies", "/api/operator/subscriptions/{msisdn}/plan",
                "/api/operator/companies/{orgNumber}/super-users");
    }

    @Test
    void aClientThatAProxyOnThisMachineForwardsDoesNotSeeTheOutbox() throws Exception {
        HttpResponse<String> proxied = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dev/sms-outbox"))
                        .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(proxied.statusCode()).isEqualTo(404);
        assertThat(proxied.body()).doesNotContain("engangskode");
    }
}
