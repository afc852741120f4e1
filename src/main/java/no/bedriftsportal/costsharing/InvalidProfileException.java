package no.bedriftsportal.costsharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A profile (or the settings) with one or more bad fields: every one is named, so that a form can
 * show each message next to its field; as an {@link InvalidInputException} it is the first of them
 * (what the API names).
 */
public class InvalidProfileException extends InvalidInputException {

    private final transient List<InvalidInputException> errors;

    InvalidProfileException(List<InvalidInputException> errors) {
        super(errors.get(0).field(), errors.get(0).messageKey(), errors.get(0).getMessage(), errors.get(0).arguments());
        this.errors = List.copyOf(errors);
    }

    public List<InvalidInputException> errors() {
        return errors;
    }

    /** The fields by name, each with its first error. */
    public Map<String, InvalidInputException> byField() {
        Map<String, InvalidInputException> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error));
        return byField;
    }
}
