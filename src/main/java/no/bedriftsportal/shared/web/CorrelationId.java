package no.bedriftsportal.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The id that ties an answer to its log lines: taken from the caller's {@code X-Correlation-Id}
 * when it is sane, else made here; returned as a response header, kept in the logging MDC (the log
 * pattern prints it) and written into every problem answer, so an operator who quotes it finds
 * the request in the log.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    static final String ATTRIBUTE = CorrelationId.class.getName();
    /** What may be echoed into a header, a log line and JSON without escaping. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The request's id, or null outside a request the {@link CorrelationIdFilter} saw. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id instanceof String value ? value : MDC.get(MDC_KEY);
    }

    static boolean isSane(String id) {
        return id != null && SANE.matcher(id).matches();
    }

    static String create() {
        return UUID.randomUUID().toString();
    }
}
