package no.bedriftsportal.reporting;

import java.util.Map;

/**
 * What a reports form shows again: the values as typed, a message beside each refused field, and
 * what was done when it went through.
 *
 * @param done a confirmation to show, or null
 */
public record FormState(Map<String, String> values, Map<String, String> errors, String done) {

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public static FormState empty() {
        return new FormState(Map.of(), Map.of(), null);
    }

    /** The value typed, or {@code fallback}. */
    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The message for the field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }
}
