package no.bedriftsportal.insights;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The alerts list's filter and page, as the URL carries them ({@code state}, {@code kind}, {@code customerNumber},
 * {@code page}): the same for the page and the API. Values that are not valid are ignored (no filter).
 */
public record AlertQuery(AlertState state, AlertKind kind, String customerNumber, int page, int size) {

    public static final String PATH = "/insights/alerts";
    public static final int SIZE = 25;

    public static AlertQuery parse(Function<String, String> parameters) {
        AlertState state = null;
        try {
            String given = parameters.apply("state");
            state = given == null || given.isBlank() ? null : AlertState.valueOf(given.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // ignored: no filter
        }
        String kind = parameters.apply("kind");
        AlertKind chosen = kind == null || kind.isBlank() ? null : AlertKind.ofSlug(kind.strip()).orElse(null);
        String number = parameters.apply("customerNumber");
        number = number == null || !number.strip().matches("[0-9]{4,12}") ? null : number.strip();
        int page = 1;
        try {
            String given = parameters.apply("page");
            page = given == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(given)));
        } catch (NumberFormatException e) {
            // the first page
        }
        return new AlertQuery(state, chosen, number, page, SIZE);
    }

    public boolean filtered() {
        return state != null || kind != null || customerNumber != null;
    }

    /** The filter's parameters (not the page), for links and the bulk form's way back. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (state != null) {
            parameters.put("state", state.name());
        }
        if (kind != null) {
            parameters.put("kind", kind.slug());
        }
        if (customerNumber != null) {
            parameters.put("customerNumber", customerNumber);
        }
        return parameters;
    }

    public String href(int page) {
        Map<String, String> parameters = parameters();
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        StringBuilder href = new StringBuilder(PATH);
        char separator = '?';
        for (var entry : parameters.entrySet()) {
            href.append(separator).append(entry.getKey()).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return href.toString();
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
