package no.bedriftsportal.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;

/**
 * Pages: what is not found (or belongs to another company) gets the 404 page; input a page did not
 * handle itself (a control character, a parameter too long) the 400 page with the message, or
 * problem JSON with the field when htmx asked. The JSON APIs have their own problem details
 * ({@link ApiProblemHandler}, which comes first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    private static final URI VALIDATION = URI.create("https://bedriftsportal.no/problems/validation");

    private final MessageSource messages;

    WebErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(InvalidInputException.class)
    void invalidInput(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        String message = messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale);
        if (Htmx.isHtmxRequest(request)) {
            ProblemDetail problem = ProblemResponse.problem(HttpStatus.BAD_REQUEST, "Invalid request", message);
            problem.setType(VALIDATION);
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
            ProblemResponse.write(request, response, problem);
            return;
        }
        request.setAttribute(PageErrorAttributes.DETAIL, message);
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
