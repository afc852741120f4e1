package no.bedriftsportal.isolation;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One route called with the victim's ids and numbers: method, path with its query, and body.
 *
 * @param victimCheck what the victim's own call (its super user, or the operator token on the
 *                    operator API) must get, which proves the call reaches the victim's data
 * @param forAnyone   whether an anonymous client may use the route (the login)
 * @param sentBefore  what the caller sent earlier in the same flow (the number typed before the
 *                    code page), which the answer may repeat without telling anything new
 * @param serverErrorBecause why this route answers 500 to everyone (null: a 500 is a failure)
 */
record RouteCall(String method, String path, String contentType, String body, VictimCheck victimCheck, boolean forAnyone,
        String sentBefore, String serverErrorBecause) {

    /** What the victim's own call proves. */
    enum VictimCheck {
        /** An answer below 400 that shows at least one marker: the ids really are the victim's. */
        SHOWS_MARKERS,
        /** An answer below 400 (the route shows nothing marked, e.g. counts or the catalog). */
        ANSWERS,
        /** Not called as the victim: it would change the victim's data or session (attackers only). */
        NOT_CALLED
    }

    static RouteCall get(String path) {
        return new RouteCall("GET", path, null, null, VictimCheck.SHOWS_MARKERS, false, "", null);
    }

    static RouteCall form(String method, String path, Map<String, ?> fields) {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(field.getValue()), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return new RouteCall(method, path, "application/x-www-form-urlencoded", body, VictimCheck.NOT_CALLED, false, "", null);
    }

    static RouteCall json(String method, String path, String json) {
        return new RouteCall(method, path, "application/json", json, VictimCheck.NOT_CALLED, false, "", null);
    }

    /** A multipart upload of one file as form field {@code file}. */
    static RouteCall upload(String path, String fileName, String content) {
        String boundary = "route-isolation-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return new RouteCall("POST", path, "multipart/form-data; boundary=" + boundary, body, VictimCheck.NOT_CALLED, false, "", null);
    }

    /** The victim's call gets an answer but shows nothing marked. */
    RouteCall answers() {
        return new RouteCall(method, path, contentType, body, VictimCheck.ANSWERS, forAnyone, sentBefore, serverErrorBecause);
    }

    /** The victim's call is not made (it would change the victim's data). */
    RouteCall attackersOnly() {
        return new RouteCall(method, path, contentType, body, VictimCheck.NOT_CALLED, forAnyone, sentBefore, serverErrorBecause);
    }

    /** The answer may repeat this, which the caller sent earlier in the same flow. */
    RouteCall after(String sent) {
        return new RouteCall(method, path, contentType, body, victimCheck, forAnyone, sent, serverErrorBecause);
    }

    /** The route answers 500 to every caller, the victim too, for this reason (a known finding, not a leak). */
    RouteCall serverError(String because) {
        return new RouteCall(method, path, contentType, body, victimCheck, forAnyone, sentBefore, because);
    }

    /** Anonymous clients may use it. */
    RouteCall open() {
        return new RouteCall(method, path, contentType, body, victimCheck, true, sentBefore, serverErrorBecause);
    }

    Area area() {
        return Area.of(path);
    }

    /** The whole request as text, to tell an echo of what was sent from a leak. */
    String requestText() {
        return path + "\n" + decoded(path.replace("+", "%2B")) + "\n" + (body == null ? "" : body + "\n" + decoded(body)) + "\n"
                + sentBefore;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
