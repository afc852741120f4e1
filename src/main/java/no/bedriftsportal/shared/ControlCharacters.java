package no.bedriftsportal.shared;

/**
 * The characters no text of the portal may hold: the C0 controls U+0000–U+001F (NUL first, which
 * PostgreSQL refuses in text), DEL U+007F and the C1 controls U+0080–U+009F. Tab, CR and LF are
 * refused too, since no field of the portal is multi-line; a future multi-line field (a message,
 * a note) must allow exactly those three and say so (ADR 0008).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with each control character shown as U+FFFD, to name a field safely in a message. */
    public static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> shown.append(Character.isISOControl(c) ? '\uFFFD' : (char) c));
        return shown.toString();
    }
}
