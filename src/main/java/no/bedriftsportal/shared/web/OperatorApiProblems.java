package no.bedriftsportal.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The JSON APIs (the operator's {@code /api/operator/} and the companies' {@code /api/v1/}) answer
 * with problems even where no controller was reached, so their
 * {@code @RestControllerAdvice} does not apply: no route for the path (404), a method or media
 * type the route does not take (405, 415, 406), an upload over the limit (413, raised while the
 * request is read). Placed after the advice and before Spring's own resolvers, which would answer
 * these with an empty error; requests outside the APIs are left to those.
 */
class OperatorApiProblems implements HandlerExceptionResolver {

    static final String PATH = "/api/operator/";
    static final String COMPANY_API_PATH = "/api/v1/";

    private static final Logger log = LoggerFactory.getLogger(OperatorApiProblems.class);

    private final ApiProblemHandler problems;

    OperatorApiProblems(ApiProblemHandler problems) {
        this.problems = problems;
    }

    /** A request to the operator API or the company API. */
    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith(request.getContextPath() + PATH) || uri.startsWith(request.getContextPath() + COMPANY_API_PATH);
    }

    /** A 500 that says nothing of the cause: the log has it, under the correlation id. */
    static ProblemDetail unexpected() {
        return ProblemResponse.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request failed on our side. Quote the correlationId when you report it.");
    }

    /** The one log line (with its stack trace) of an unexpected failure; the MDC adds the correlation id. */
    static void logUnexpected(HttpServletRequest request, Throwable e) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!isApi(request) || DisconnectedClientHelper.isClientDisconnectedException(e)
                || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            return null; // security's own go on to the security chain, which answers 403 or 401
        }
        ProblemDetail problem;
        try {
            ResponseEntity<Object> known = problems.handleException(e, new ServletWebRequest(request, response));
            if (known == null) {
                return new ModelAndView(); // nothing to answer
            }
            known.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            problem = known.getBody() instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(known.getStatusCode());
        } catch (Exception unknown) {
            logUnexpected(request, e);
            problem = unexpected();
        }
        try {
            ProblemResponse.write(request, response, problem);
        } catch (IOException writeFailed) {
            throw new UncheckedIOException(writeFailed);
        }
        return new ModelAndView();
    }
}
