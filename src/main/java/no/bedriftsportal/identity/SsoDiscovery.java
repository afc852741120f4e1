package no.bedriftsportal.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an issuer's discovery document ({@code /.well-known/openid-configuration}, OpenID Connect
 * Discovery 1.0 § 4) and checks what the login needs of it: the same issuer, an authorization, a
 * token and a JWK set endpoint, and the authorization code flow. A failure is told as a message key
 * for the field and never with the provider's answer in it (the issuer is typed by a company: the
 * portal does not echo what some other server said).
 */
@Component
class SsoDiscovery {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    /** The endpoints of a provider, as its discovery document names them. */
    record Metadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri, String userInfoEndpoint,
            boolean secretInBody) {
    }

    /** Why an issuer cannot be used, as a message key for its field. */
    static class Failed extends Exception {
        private final String messageKey;

        Failed(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final SsoProperties properties;
    private final HttpClient http;

    SsoDiscovery(SsoProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.discoveryTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The issuer as typed, without a trailing slash, if it is an address the portal may ask; else why not. */
    String normalised(String issuer) throws Failed {
        String trimmed = issuer == null ? "" : issuer.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new Failed("sso.error.issuer.invalid", "not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http") && properties.allowHttpIssuers())) {
            throw new Failed("sso.error.issuer.invalid", "must be an https address without query or fragment");
        }
        return trimmed;
    }

    Metadata discover(String issuer) throws Failed {
        String normalised = normalised(issuer);
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(normalised + "/.well-known/openid-configuration"))
                    .timeout(properties.discoveryTimeout()).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            throw new Failed("sso.error.issuer.unreachable", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("sso.error.issuer.unreachable", "interrupted");
        }
        if (response.statusCode() != 200 || response.body().length > MAX_DOCUMENT_BYTES) {
            throw new Failed("sso.error.issuer.noDiscovery", "HTTP " + response.statusCode());
        }
        JsonNode document;
        try {
            document = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            throw new Failed("sso.error.issuer.noDiscovery", "not JSON");
        }
        if (document == null || !document.isObject()) {
            throw new Failed("sso.error.issuer.noDiscovery", "not a JSON object");
        }
        String statedIssuer = text(document, "issuer");
        if (statedIssuer == null || !stripped(statedIssuer).equals(normalised)) {
            throw new Failed("sso.error.issuer.mismatch", "issuer " + statedIssuer);
        }
        Metadata metadata = new Metadata(statedIssuer, text(document, "authorization_endpoint"), text(document, "token_endpoint"),
                text(document, "jwks_uri"), text(document, "userinfo_endpoint"), secretInBody(document));
        if (metadata.authorizationEndpoint() == null || metadata.tokenEndpoint() == null || metadata.jwksUri() == null) {
            throw new Failed("sso.error.issuer.incomplete", "endpoints missing");
        }
        JsonNode responseTypes = document.get("response_types_supported");
        if (responseTypes != null && responseTypes.isArray() && !strings(responseTypes).contains("code")) {
            throw new Failed("sso.error.issuer.incomplete", "no authorization code flow");
        }
        return metadata;
    }

    /** Whether the provider takes the client secret only in the token request's body ({@code client_secret_post}). */
    private static boolean secretInBody(JsonNode document) {
        JsonNode methods = document.get("token_endpoint_auth_methods_supported");
        return methods != null && methods.isArray() && !strings(methods).contains("client_secret_basic")
                && strings(methods).contains("client_secret_post");
    }

    private static String stripped(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
    }
}
