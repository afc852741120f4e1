package no.bedriftsportal.equipment;

import java.util.List;

/**
 * What is wrong with one field: its message key ({@code equipment.error.*}) and the message's arguments.
 * The form shows it next to the field; the import preview shows it in the row's words.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
