package no.bedriftsportal.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;

import no.bedriftsportal.OperatorApiClient;

/**
 * The operator API over plain HTTP for the tests of its answers as such: any method, any headers,
 * with or without the token, and the response headers kept (the correlation id is one).
 */
final class OperatorHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    OperatorHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + OperatorApiClient.TOKEN)
                .header("Accept", "application/json");
    }

    Answer send(HttpRequest request) {
        try {
            return new Answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** A file as form field {@code file} of a multipart POST, streamed from disk. */
    Answer upload(String path, Path file, String fileName) {
        return send(OperatorApiClient.fileUpload(request(path), file, fileName));
    }

    record Answer(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        <T> T json(String path) {
            return JsonPath.read(response.body(), path);
        }
    }
}
