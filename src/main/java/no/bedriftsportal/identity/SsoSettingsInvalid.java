package no.bedriftsportal.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A provider that cannot be saved, with each bad field's message: the page shows every one beside
 * its field; as an {@link InvalidInputException} it is the first of them (what the API names).
 */
class SsoSettingsInvalid extends InvalidInputException {

    private final transient List<InvalidInputException> errors;

    SsoSettingsInvalid(List<InvalidInputException> errors) {
        super(errors.get(0).field(), errors.get(0).messageKey(), errors.get(0).getMessage(), errors.get(0).arguments());
        this.errors = List.copyOf(errors);
    }

    Map<String, InvalidInputException> byField() {
        Map<String, InvalidInputException> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error));
        return byField;
    }
}
