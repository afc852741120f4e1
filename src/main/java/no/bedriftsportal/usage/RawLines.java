package no.bedriftsportal.usage;

import java.nio.charset.StandardCharsets;

/**
 * A rejected record's line as it is kept: text PostgreSQL can hold and a person can read, of a
 * bounded length. A line with a byte that is not text (NUL, another control character, a byte
 * that is not UTF-8) is escaped: each such byte as {@code \xNN}, and a backslash as {@code \\}, so
 * that the escaped line reads back unambiguously; line breaks and tabs stay as they are. A line
 * longer than {@link #KEPT_BYTES} is cut, and says so at its end.
 */
final class RawLines {

    /** The bytes of a line kept, at most: a CDR line is some 100–300 bytes. */
    static final int KEPT_BYTES = 2048;

    private RawLines() {
    }

    /** How many of the line's first {@code length} bytes are kept: all, or {@link #KEPT_BYTES} cut where a character starts. */
    static int keptLength(byte[] line, int length) {
        if (length <= KEPT_BYTES) {
            return length;
        }
        int kept = KEPT_BYTES;
        while (kept > KEPT_BYTES - 4 && (line[kept] & 0xc0) == 0x80) {
            kept--;
        }
        return kept;
    }

    /** A line cut short, with how long it was. */
    static String cut(String kept, long wholeBytes) {
        return kept + "… [cut: " + wholeBytes + " bytes in all]";
    }

    /** A line of text (a parsed record written back) cut to about {@link #KEPT_BYTES}. */
    static String cut(String line) {
        if (line.length() <= KEPT_BYTES / 4) {
            return line;
        }
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= KEPT_BYTES) {
            return line;
        }
        return cut(new String(bytes, 0, keptLength(bytes, bytes.length), StandardCharsets.UTF_8), bytes.length);
    }

    /** The line's first {@code length} bytes, escaped as the class says. */
    static String escaped(byte[] line, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        int i = 0;
        while (i < length) {
            int b = line[i] & 0xff;
            int sequence = b < 0x80 ? 1 : utf8Length(line, i, length);
            if (sequence == 1 && b < 0x80) {
                if (b == '\\') {
                    text.append("\\\\");
                } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f) {
                    text.append(hex(b));
                } else {
                    text.append((char) b);
                }
                i++;
            } else if (sequence == 0 || (b == 0xc2 && (line[i + 1] & 0xff) < 0xa0)) { // not UTF-8, or a C1 control
                int end = sequence == 0 ? i + 1 : i + 2;
                for (; i < end; i++) {
                    text.append(hex(line[i] & 0xff));
                }
            } else {
                text.append(new String(line, i, sequence, StandardCharsets.UTF_8));
                i += sequence;
            }
        }
        return text.toString();
    }

    /** The place of the first byte in the line's first {@code length} that does not belong to valid UTF-8, or -1. */
    static int firstNotUtf8(byte[] line, int length) {
        int i = 0;
        while (i < length) {
            if (line[i] >= 0) {
                i++;
                continue;
            }
            int sequence = utf8Length(line, i, length);
            if (sequence == 0) {
                return i;
            }
            i += sequence;
        }
        return -1;
    }

    /** The place of the first C1 control character (U+0080–U+009F, bytes C2 80–C2 9F) in valid UTF-8, or -1. */
    static int firstC1Control(byte[] line, int length) {
        for (int i = 0; i + 1 < length; i++) {
            if ((line[i] & 0xff) == 0xc2 && (line[i + 1] & 0xff) < 0xa0 && (line[i + 1] & 0xff) >= 0x80) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The length of the UTF-8 sequence starting at {@code i} (a byte of 0x80 or more), or 0 when it
     * is not one: a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, or cut off.
     */
    private static int utf8Length(byte[] line, int i, int length) {
        int b = line[i] & 0xff;
        int sequence;
        int min2 = 0x80;
        int max2 = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            sequence = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            sequence = 3;
            min2 = b == 0xe0 ? 0xa0 : 0x80; // no overlong forms
            max2 = b == 0xed ? 0x9f : 0xbf; // no surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            sequence = 4;
            min2 = b == 0xf0 ? 0x90 : 0x80;
            max2 = b == 0xf4 ? 0x8f : 0xbf; // nothing past U+10FFFF
        } else {
            return 0;
        }
        if (i + sequence > length) {
            return 0;
        }
        int second = line[i + 1] & 0xff;
        if (second < min2 || second > max2) {
            return 0;
        }
        for (int k = 2; k < sequence; k++) {
            if ((line[i + k] & 0xc0) != 0x80) {
                return 0;
            }
        }
        return sequence;
    }

    private static String hex(int b) {
        return "\\x%02X".formatted(b);
    }
}
