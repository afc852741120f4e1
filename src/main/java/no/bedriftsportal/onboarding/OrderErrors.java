package no.bedriftsportal.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form's messages, by field name ({@code orgNumber}, {@code admin0} …), each a message
 * key with its arguments; {@code form} for what concerns the whole form.
 */
final class OrderErrors {

    record Message(String key, List<Object> arguments) {
    }

    private final Map<String, Message> byField = new LinkedHashMap<>();

    OrderErrors add(String field, String key, Object... arguments) {
        byField.putIfAbsent(field, new Message(key, List.of(arguments)));
        return this;
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    boolean has(String field) {
        return byField.containsKey(field);
    }

    Message get(String field) {
        return byField.get(field);
    }

    Map<String, Message> all() {
        return byField;
    }
}
