package no.bedriftsportal.shared.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem (RFC 9457) where Spring MVC's message converters are not at hand: in a filter
 * (the operator token), in the security chain's entry points, and for errors raised before any
 * controller was found. Every problem carries the request's {@link CorrelationId}.
 */
public final class ProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** The problem with the request's correlation id among its properties. */
    public static ProblemDetail withCorrelationId(ProblemDetail problem, HttpServletRequest request) {
        String id = CorrelationId.of(request);
        if (id != null) {
            problem.setProperty(CorrelationId.MDC_KEY, id);
        }
        return problem;
    }

    /** Answers with the problem, in place of anything buffered but not yet sent; headers set before stay. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        withCorrelationId(problem, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() != null ? problem.getType().toString() : "about:blank");
        body.put("title", problem.getTitle() != null ? problem.getTitle() : HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        URI instance = problem.getInstance();
        body.put("instance", instance != null ? instance.toString() : request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        byte[] json = JSON.writeValueAsBytes(body);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(json.length); // whole before Tomcat may close a connection whose request it did not read
        response.getOutputStream().write(json);
        response.flushBuffer();
    }
}
