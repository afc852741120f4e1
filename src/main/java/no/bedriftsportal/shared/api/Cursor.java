package no.bedriftsportal.shared.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * The opaque {@code cursor} of a list: the sort key(s) of the last row of the previous page, as
 * base64url. Callers must not build one; a malformed one is a 400 problem naming {@code cursor}.
 * Parse a key it gives back with {@link #parseLong(int)} or read it with {@link #key(int)}.
 */
public record Cursor(List<String> keys) {

    public static final String PARAMETER = "cursor";
    private static final char SEPARATOR = '\u001F'; // unit separator: in no key the API sorts by

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        return new Cursor(java.util.Arrays.stream(keys).map(String::valueOf).toList());
    }

    /** The text the caller sends back as {@code cursor}. */
    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a request, or {@code null} for the first page; one with another number of keys is malformed. */
    public static Cursor decode(String cursor, int keyCount) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (keys.size() != keyCount) {
                throw malformed();
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
    }

    /**
     * The row offset an offset-paged list (equipment, alerts) carries in its one-key cursor: 0 for the first page;
     * a negative or absurd one is malformed.
     */
    public static int offset(String cursor) {
        Cursor decoded = decode(cursor, 1);
        long offset = decoded == null ? 0 : decoded.parseLong(0);
        if (offset < 0 || offset > 1_000_000) {
            throw malformed();
        }
        return (int) offset;
    }

    public String key(int index) {
        return keys.get(index);
    }

    public long parseLong(int index) {
        try {
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    private static InvalidInputException malformed() {
        return new InvalidInputException(PARAMETER, "api.cursor.invalid",
                "cursor is not one this API gave out; start again without it");
    }
}
