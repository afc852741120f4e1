package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Behind a TLS proxy (finding 5): an HTTPS request, as the proxy on this machine reports it with
 * {@code X-Forwarded-Proto}, gets a {@code Secure} session cookie and HSTS; and no redirect ever
 * takes its host from the request, however the Host header or the proxy's headers are forged.
 */
@PortalIntegrationTest
class ProxyHeadersIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Test
    void anHttpsRequestFromTheProxyGetsASecureSessionCookieAndHsts() {
        Page https = new PortalHttpClient(port).header("X-Forwarded-Proto", "https").get("/login");

        assertThat(sessionCookie(https)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(https.headers().get("strict-transport-security")).singleElement().asString().contains("max-age=");
    }

    @Test
    void aPlainHttpRequestGetsNeitherForItCouldNotKeepThem() {
        Page http = new PortalHttpClient(port).get("/login");

        assertThat(sessionCookie(http)).doesNotContain("Secure");
        assertThat(http.headers()).doesNotContainKey("strict-transport-security");
    }

    @ParameterizedTest(name = "GET {0} with Host: evil.example")
    @ValueSource(strings = {"/", "/invoices", "/login/code", "/settings/users", "/dashboard/users?month=last"})
    void aForgedHostHeaderNeverReachesALocation(String path) throws IOException {
        String answer = rawGet(path, "Host: evil.example");
        String forwarded = rawGet(path, "Host: localhost", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");

        assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("\nLocation: /login");
        assertThat(forwarded).startsWith("HTTP/1.1 302").containsIgnoringCase("\nLocation: /login");
        assertThat(answer + forwarded).doesNotContain("evil.example");
    }

    @Test
    void afterLoginThePageAskedForIsReachedOnThisSiteWhateverHostTheProxySaid() {
        Msisdn superUser = mother.company().superUser();
        PortalHttpClient browser = new PortalHttpClient(port).header("X-Forwarded-Host", "evil.example");

        Page askedFor = browser.get("/invoices?status=open");
        Page afterLogin = browser.logIn(superUser, outbox);

        assertThat(askedFor.location()).isEqualTo("/login");
        assertThat(afterLogin.status()).isEqualTo(302);
        assertThat(afterLogin.location()).startsWith("/invoices?status=open");
        assertThat(browser.get("/").status()).isEqualTo(200);
        Page loggedOut = browser.post("/logout", Map.of());
        assertThat(loggedOut.location()).isEqualTo("/login?logout");
    }

    private static String sessionCookie(Page page) {
        List<String> cookies = page.headers().getOrDefault("set-cookie", List.of());
        return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
    }

    /** A request as an attacker would write it: the Host header is ours to choose, which HttpClient does not allow. */
    private String rawGet(String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + String.join("\r\n", headers)
                    + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, Math.max(response.indexOf("\r\n\r\n"), 0)).replace("\r\n", "\n");
        }
    }
}
