package no.bedriftsportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

/**
 * A company's system as the tests play it: JSON over HTTP to {@code /api/v1} with a company API
 * token ({@link ApiTokenMother}); no cookies are kept or sent.
 */
public final class CompanyApiClient {

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param token the secret ({@code bp_…}), or {@code null} to send no Authorization header */
    public CompanyApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    /** A GET with extra headers (e.g. {@code If-None-Match}). */
    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Any method, with a JSON body or none. */
    public Response exchange(String method, String path, String json) {
        HttpRequest.Builder request = request(path).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
            return new Response(response.statusCode(), response.body(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, body and headers (names in lower case); {@link #json(String)} reads a JsonPath. */
    public record Response(int status, String body, Map<String, String> headers) {

        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }

        /** The header's values joined with ", ", or {@code null}. */
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
