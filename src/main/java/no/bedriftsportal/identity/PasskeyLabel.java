package no.bedriftsportal.identity;

import java.util.Optional;

import no.bedriftsportal.shared.ControlCharacters;

/** A passkey's name as the user gives it: trimmed, 1 to 60 characters, no control characters. */
final class PasskeyLabel {

    static final int MAX = 60;

    private PasskeyLabel() {
    }

    static Optional<String> parse(String typed) {
        String label = typed == null ? "" : typed.strip();
        return label.isEmpty() || label.length() > MAX || ControlCharacters.in(label) ? Optional.empty() : Optional.of(label);
    }

    /** The name Spring Security's registration brings, made to fit the column: a default when none fits. */
    static String clean(String typed) {
        String label = typed == null ? "" : typed.strip().replaceAll("\\p{Cntrl}", " ");
        return label.isEmpty() ? "Passnøkkel" : label.length() > MAX ? label.substring(0, MAX) : label;
    }
}
