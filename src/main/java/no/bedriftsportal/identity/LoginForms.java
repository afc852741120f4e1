package no.bedriftsportal.identity;

/** What the login templates show. */
public final class LoginForms {

    private LoginForms() {
    }

    /** The number form as typed, with the message for it, if any. */
    public record NumberForm(String msisdn, String errorKey, Object errorArgument) {
    }

    /** A problem with the typed code: a message key and its argument (attempts left). */
    public record Problem(String messageKey, Object argument) {
    }
}
