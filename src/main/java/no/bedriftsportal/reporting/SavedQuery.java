package no.bedriftsportal.reporting;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A saved report's query string read back into a {@link ReportRequest}: the same parse the report
 * page does, so a stored query that no longer reads (a report changed its parameters) is refused
 * as the page would refuse it.
 */
final class SavedQuery {

    private static final int MAX_LENGTH = 2000;

    private SavedQuery() {
    }

    static ReportRequest parse(ReportKind kind, String query) {
        if (query != null && query.length() > MAX_LENGTH) {
            throw new InvalidInputException("query", "reports.saved.error.query", "The report's query is too long");
        }
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                parameters.add(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return ReportRequest.parse(kind, parameters);
    }

    /** The report's code as a URL names it, or refused. */
    static ReportKind kind(String code) {
        return ReportKind.byCode(code).orElseThrow(() -> new InvalidInputException("kind", "reports.saved.error.kind",
                "No report has the code " + code));
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("query", "reports.saved.error.query", "The report's query does not read");
        }
    }
}
