package no.bedriftsportal.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;

/**
 * Errors of the JSON APIs as RFC 9457 problem details, each with the request's
 * {@link CorrelationId}. A validation problem names each field in {@code errors: [{field, message}]},
 * so the caller can tell what to correct; an upload over the limit names the limit and the setting
 * that raises it; anything unforeseen is logged once and answered with a 500 that tells nothing of
 * the inside. Errors raised before a controller was found go through {@link OperatorApiProblems}.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    static final String UPLOAD_LIMIT_SETTING = "PORTAL_UPLOAD_MAX_SIZE";

    private static final URI VALIDATION = URI.create("https://bedriftsportal.no/problems/validation");
    private static final URI CONFLICT = URI.create("https://bedriftsportal.no/problems/conflict");
    private static final URI NOT_FOUND = URI.create("https://bedriftsportal.no/problems/not-found");
    private static final URI TOO_LARGE = URI.create("https://bedriftsportal.no/problems/upload-too-large");

    private final MessageSource messages;
    private final DataSize uploadLimit;

    ApiProblemHandler(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
        boolean conflict = e instanceof ConflictException;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, englishMessage(e));
        problem.setType(conflict ? CONFLICT : VALIDATION);
        problem.setTitle(conflict ? "Conflict" : "Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", englishMessage(e))));
        return ProblemResponse.withCorrelationId(problem, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return ProblemResponse.withCorrelationId(problem, request);
    }

    /** What no other handler knows: a bug or an outage. Security's own exceptions go on to the security chain. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            return null; // no one to answer
        }
        OperatorApiProblems.logUnexpected(request, e);
        return ProblemResponse.withCorrelationId(OperatorApiProblems.unexpected(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the file is larger than the upload limit of " + readable(uploadLimit) + " (" + UPLOAD_LIMIT_SETTING + ")");
        problem.setType(TOO_LARGE);
        problem.setTitle("Upload too large");
        problem.setProperty("limitBytes", uploadLimit.toBytes());
        return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "there is no " + e.getHttpMethod() + " /" + e.getResourcePath());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return handleExceptionInternal(e, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", messages.getMessage(error, Locale.ENGLISH)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("message")
                        : errors.size() + " fields are invalid");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonTextCheck.ControlCharactersInJson refused) {
                return controlCharactersInJson(e, refused, headers, request);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape: " + rootMessage(e));
        problem.setType(VALIDATION);
        problem.setTitle("Unreadable request");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A JSON string with a control character: a validation problem naming the field by its JSON path. */
    private ResponseEntity<Object> controlCharactersInJson(HttpMessageNotReadableException e,
            JsonTextCheck.ControlCharactersInJson refused, HttpHeaders headers, WebRequest request) {
        String field = jsonPath(refused);
        String message = messages.getMessage("validation.controlCharacters", new Object[] {field},
                "must not contain control characters", Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** {@code name}, {@code lines[2].text}: the field as the request's JSON spells it. */
    static String jsonPath(tools.jackson.core.JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Every problem this class makes passes here: it gets the correlation id. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            ProblemResponse.withCorrelationId(problem, servletRequest);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** 2 GB, 512 MB, 1500 KB: the largest unit that divides the size. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        String[] units = {"GB", "MB", "KB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (units.length - i));
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + " " + units[i];
            }
        }
        return bytes + " bytes";
    }

    private String englishMessage(InvalidInputException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), Locale.ENGLISH);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
