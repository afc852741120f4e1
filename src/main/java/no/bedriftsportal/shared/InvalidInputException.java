package no.bedriftsportal.shared;

/**
 * Input that breaks a business rule, naming the field so a form can show the message beside it
 * and the API can name it in its problem details. {@code messageKey} is looked up in the message
 * bundles; {@code defaultMessage} is the English text when no bundle has the key.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
