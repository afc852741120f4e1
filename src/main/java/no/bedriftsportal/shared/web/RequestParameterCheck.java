package no.bedriftsportal.shared.web;

import java.util.Map;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.ControlCharacters;
import no.bedriftsportal.shared.InvalidInputException;

/**
 * Every request parameter (query string and form, names and values) of every controller, before
 * the controller sees it: no control character ({@link ControlCharacters}) and no value longer
 * than {@value #MAX_LENGTH} characters, the longest a field of the portal may be (ADR 0008). A
 * breach is an {@link InvalidInputException} naming the parameter: problem JSON for the APIs and
 * htmx, the error page with the message for a page.
 */
class RequestParameterCheck implements HandlerInterceptor {

    static final int MAX_LENGTH = 500;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // static resources read no parameter; the error page shows the refusal, with the same parameters
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (ControlCharacters.in(name)) {
                throw controlCharacters(name);
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.in(value)) {
                    throw controlCharacters(name);
                }
                if (value.length() > MAX_LENGTH) {
                    throw new InvalidInputException(name, "validation.parameterTooLong",
                            "must be at most " + MAX_LENGTH + " characters", name, MAX_LENGTH);
                }
            }
        }
        return true;
    }

    static InvalidInputException controlCharacters(String field) {
        String shown = ControlCharacters.visible(field);
        return new InvalidInputException(shown, "validation.controlCharacters",
                "must not contain control characters (NUL, ESC, DEL, line breaks …)", shown);
    }
}
