package no.bedriftsportal.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's model: Spring Boot's attributes (never the exception's message) and, when the
 * request was refused for its input, the sentence that tells the visitor which field to correct
 * ({@code detail} in {@code error.jte}), already in the visitor's language.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

    static final String DETAIL = PageErrorAttributes.class.getName() + ".detail";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object detail = request.getAttribute(DETAIL, RequestAttributes.SCOPE_REQUEST);
        if (detail != null) {
            attributes.put("detail", detail);
        }
        return attributes;
    }
}
