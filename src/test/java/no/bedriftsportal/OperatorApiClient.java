package no.bedriftsportal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;

/** The operator's CRM as the tests play it: JSON over HTTP with the bearer token. */
public final class OperatorApiClient {

    public static final String TOKEN = "test-operator-token";

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    public OperatorApiClient(int port) {
        this(port, TOKEN);
    }

    public OperatorApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A file as form field {@code file} of a multipart POST, streamed from disk (uploads of any size). */
    public Response upload(String path, java.nio.file.Path file, String fileName) {
        return send(fileUpload(request(path), file, fileName));
    }

    /** The request POSTs the file as form field {@code file} of a multipart body, streamed from disk. */
    public static HttpRequest fileUpload(HttpRequest.Builder request, java.nio.file.Path file, String fileName) {
        String boundary = java.util.UUID.randomUUID().toString();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        try {
            return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                    .build();
        } catch (java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("WWW-Authenticate").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON answer; {@link #json(String)} reads a JsonPath from it. */
    public record Response(int status, String body, String contentType, String wwwAuthenticate) {

        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }
}
