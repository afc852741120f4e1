package no.bedriftsportal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.bedriftsportal.messaging.OutboxSms;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * One visitor of the running portal over real HTTP: it keeps its cookies (the session), picks up
 * the CSRF token from the last page like a browser's form would, and does not follow redirects,
 * so tests see them.
 */
public final class PortalHttpClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("(?:engangskode for Bedriftsportalen er|one-time code for Bedriftsportalen is) (\\d{6})");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private String csrfToken;

    public PortalHttpClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends this header on every request (e.g. {@code X-Forwarded-For}: the tests connect from loopback, a trusted proxy). */
    public PortalHttpClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Page get(String path) {
        return send(request(path).GET().header("Accept", "text/html").build());
    }

    public Page getHtmx(String path) {
        return send(request(path).GET().header("HX-Request", "true").build());
    }

    /** A file as the browser would save it: the bytes, not text. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page. */
    public Page post(String path, Map<String, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>(form);
        if (csrfToken != null && !fields.containsKey("_csrf")) {
            fields.put("_csrf", csrfToken);
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /**
     * Any method with any body, the CSRF token of the last page in the {@code X-CSRF-TOKEN} header
     * (as htmx sends it); the answer as bytes, for responses that may be files.
     */
    public Download exchange(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        if (csrfToken != null) {
            builder.header("X-CSRF-TOKEN", csrfToken);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        try {
            HttpResponse<byte[]> response = http.send(builder.method(method, publisher).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a page has given this visitor a CSRF token (a form of its own session). */
    public boolean hasCsrfToken() {
        return csrfToken != null;
    }

    public Page postWithoutCsrf(String path, Map<String, ?> form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /** The whole SMS login: number, the code from the outbox, the code. Returns the page after login. */
    public Page logIn(Msisdn msisdn, SmsOutbox outbox) {
        get("/login");
        Page afterNumber = post("/login", Map.of("msisdn", msisdn.national()));
        if (afterNumber.status() != 302) {
            throw new IllegalStateException("login refused: " + afterNumber.status());
        }
        get("/login/code");
        return post("/login/code", Map.of("code", latestCode(msisdn, outbox)));
    }

    public static String latestCode(Msisdn msisdn, SmsOutbox outbox) {
        for (OutboxSms sms : outbox.latest(200)) {
            Matcher matcher = CODE.matcher(sms.text());
            if (sms.to().equals(msisdn.value()) && matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("no code sent to " + msisdn);
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        extraHeaders.forEach(builder::header);
        return builder;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrfToken = matcher.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, ?> fields) {
        return fields.entrySet().stream().flatMap(entry -> {
            Object value = entry.getValue();
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            return values.stream().map(v -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
        }).collect(Collectors.joining("&"));
    }

    /** A downloaded file: status, content and headers. */
    public record Download(int status, byte[] content, Map<String, List<String>> headers) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    /** A response: status, body and headers. */
    public record Page(int status, String body, Map<String, List<String>> headers) {

        public String location() {
            List<String> values = headers.get("location");
            return values == null ? null : values.get(0);
        }

        public boolean redirectsTo(String path) {
            String location = location();
            return status == 302 && location != null && (location.equals(path) || location.endsWith(path));
        }
    }
}
