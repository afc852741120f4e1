package no.bedriftsportal.shared;

/** Input that is well formed but clashes with what exists (a second company with the same org. number). */
public class ConflictException extends InvalidInputException {

    public ConflictException(String field, String messageKey, String defaultMessage, Object... arguments) {
        super(field, messageKey, defaultMessage, arguments);
    }
}
