package no.bedriftsportal.reporting;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A refused input in the reader's words, keyed by the field it belongs beside; refused recipients
 * each with their reason, so every wrong address shows at once.
 */
@Component
class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(InvalidInputException e, Locale locale) {
        String field = e.field() == null ? "form" : e.field();
        if (e instanceof InvalidRecipients refused && !refused.refused().isEmpty()) {
            return Map.of(field, refused.refused().stream()
                    .map(r -> messages.getMessage("reports.recipients.refusedOne", new Object[] {r.address(),
                            messages.getMessage("reports.recipients.reason." + r.reason().name(), null, locale)},
                            r.address(), locale))
                    .collect(Collectors.joining("; ")));
        }
        return Map.of(field, messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale));
    }
}
