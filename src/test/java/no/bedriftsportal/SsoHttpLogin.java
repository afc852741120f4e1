package no.bedriftsportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A single sign-on over real HTTP, as a browser makes it (#18.5): the portal's SSO page, the hand-over
 * to the company's provider, the provider's login form, and back to the portal's callback. One
 * cookie jar for both (they are both on localhost; their cookies have their own names), no redirect
 * followed unseen. The portal's session cookie afterwards is the login's.
 */
public final class SsoHttpLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CONTINUE = Pattern.compile("href=\"([^\"]+)\" data-sso-continue");

    /**
     * Where the login ended.
     *
     * @param location       the portal's last redirect (its home page, or the SSO page with the refusal's reason)
     * @param authorization  the provider's authorization request as the portal made it (PKCE, state, nonce)
     * @param session        the portal's session cookie after it, or null
     */
    public record Outcome(int status, String location, String authorization, String session) {

        public boolean signedIn() {
            return status == 302 && location != null && !location.contains("/login");
        }
    }

    private final String portal;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public SsoHttpLogin(int portalPort) {
        this.portal = "http://localhost:" + portalPort;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The whole flow: {@code who} on the portal's SSO page, then the person's user name and password at the provider. */
    public Outcome logIn(String who, SsoTestProvider.Person person) {
        String ssoPage = send(get(URI.create(portal + "/login/sso"))).body();
        HttpResponse<String> handOver = send(post(URI.create(portal + "/login/sso"), Map.of("who", who, "_csrf", csrf(ssoPage))));
        if (handOver.statusCode() != 200) {
            return new Outcome(handOver.statusCode(), null, null, session());
        }
        Matcher link = CONTINUE.matcher(handOver.body());
        if (!link.find()) {
            throw new IllegalStateException("no hand-over link on the page: " + handOver.body());
        }
        HttpResponse<String> start = send(get(URI.create(portal + link.group(1).replace("&amp;", "&"))));
        String authorization = location(start);
        HttpResponse<String> atProvider = send(get(URI.create(authorization)));
        URI loginPage = URI.create(location(atProvider));
        String form = send(get(loginPage)).body();
        HttpResponse<String> signedIn = send(post(loginPage, Map.of("username", person.username(), "password", person.password(),
                "_csrf", csrf(form))));
        HttpResponse<String> answer = send(get(URI.create(location(signedIn))));
        HttpResponse<String> callback = send(get(URI.create(location(answer))));
        return new Outcome(callback.statusCode(), callback.headers().firstValue("Location").orElse(null), authorization, session());
    }

    private String session() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                response.request().uri() + " answered " + response.statusCode() + " without a redirect: " + response.body()));
        return response.request().uri().resolve(location).toString();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page: " + page);
        }
        return matcher.group(1);
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest post(URI uri, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
