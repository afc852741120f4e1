/**
 * The conventions of the company API {@code /api/v1} (issue #13, ADR 0013), shared by every module
 * that adds routes to it.
 *
 * <ul>
 * <li><b>Who calls.</b> A controller takes {@code @AuthenticationPrincipal ApiClient client} and passes
 * {@link no.bedriftsportal.shared.api.ApiClient#scope()} to the same application service the portal's
 * pages call. The company comes only from the token, never from the URL. {@link ApiClient} and
 * {@link ApiScope} live here, not in {@code identity}, because the modules below {@code identity}
 * (customer, subscription, usage) add routes too and may not depend on it.</li>
 * <li><b>Scopes.</b> Each {@link ApiScope} names the paths it opens; the security chain of
 * {@code /api/v1/**} checks them on every request. A route of a new module adds its path to a scope
 * (or a new scope) in the same change.</li>
 * <li><b>Lists</b> answer a {@link CursorPage}: {@code {"items": [...], "nextCursor": "..."}}, with
 * {@code nextCursor} null on the last page. The caller passes {@code cursor} (opaque, made by
 * {@link Cursor}) and {@code limit} ({@link ApiLimit}: default 100, 1–500). A malformed cursor or a
 * limit out of range is a 400 problem naming the parameter.</li>
 * <li><b>Values.</b> Field names in English camelCase; money as a JSON string with two decimals
 * ({@link ApiMoney}: {@code "1234.50"}); dates and instants ISO-8601 ({@code "2026-11-20"},
 * {@code "2026-11-20T14:00:00Z"}), as Jackson writes {@code LocalDate} and {@code Instant}.</li>
 * <li><b>ETag.</b> Every successful GET under {@code /api/v1/} gets a shallow {@code ETag}
 * (a hash of the body, {@link ApiEtags}); a GET with a matching {@code If-None-Match} is answered
 * {@code 304 Not Modified} without a body. It saves bandwidth, not work.</li>
 * <li><b>Errors</b> are problem JSON (RFC 9457) with the request's {@code correlationId}, as on the
 * operator API: 400, 401 (with {@code WWW-Authenticate: Bearer realm="company"}), 403 (a scope the
 * token lacks), 404, 405.</li>
 * <li><b>Description.</b> {@link ApiDescriptions} builds the OpenAPI documents of this API and of the
 * operator API from the routes; {@code ApiDescriptionCustomizer} adds to every operation its summary
 * (from {@code @Operation}, else the method name), the scope from {@link ApiScope#requiredFor(String, String)}
 * ({@code x-required-scope}), the problem answers and the examples of these conventions. A new route
 * needs no annotation to be described; {@code ApiDescriptionIntegrationTest} fails on a mapped
 * {@code /api/v1} route the document lacks. Served at {@code /api/v1/openapi.json}.</li>
 * </ul>
 */
package no.bedriftsportal.shared.api;
