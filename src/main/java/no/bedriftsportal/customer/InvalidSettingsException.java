package no.bedriftsportal.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A settings form with one or more bad fields: each is named, so that the page shows every message
 * beside its field; as an {@link InvalidInputException} it is the first of them (what the API names).
 */
public class InvalidSettingsException extends InvalidInputException {

    private final transient List<InvalidInputException> errors;

    InvalidSettingsException(List<InvalidInputException> errors) {
        super(errors.get(0).field(), errors.get(0).messageKey(), errors.get(0).getMessage(), errors.get(0).arguments());
        this.errors = List.copyOf(errors);
    }

    /** The fields by name, each with its first error. */
    public Map<String, InvalidInputException> byField() {
        Map<String, InvalidInputException> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error));
        return byField;
    }
}
