package no.bedriftsportal.shared.database;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows in PostgreSQL's COPY text format, built in memory: fields separated by tabs, rows by
 * newlines, {@code \N} for null, and backslash, tab, newline and carriage return escaped.
 * {@link CopyWriter} streams them; a caller may also build rows ahead and hand them over whole.
 */
public final class CopyText {

    private final StringBuilder text;
    private boolean firstField = true;
    private long rows;

    public CopyText() {
        this(256);
    }

    public CopyText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    public CopyText text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
        } else if (needsEscape(value)) {
            escape(value);
        } else {
            text.append(value);
        }
        return this;
    }

    public CopyText number(long value) {
        separate();
        text.append(value);
        return this;
    }

    public CopyText number(Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    public CopyText decimal(BigDecimal value) {
        return value == null ? text(null) : plain(value.toPlainString());
    }

    /** A decimal of scale 2 given in hundredths: 12345 is 123.45. */
    public CopyText hundredths(long value) {
        separate();
        long magnitude = Math.abs(value);
        long fraction = magnitude % 100;
        text.append(value < 0 ? "-" : "").append(magnitude / 100).append(fraction < 10 ? ".0" : ".").append(fraction);
        return this;
    }

    public CopyText bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    public CopyText timestamp(Instant value) {
        return value == null ? text(null) : plain(value.toString());
    }

    public CopyText date(LocalDate value) {
        return value == null ? text(null) : plain(value.toString());
    }

    public CopyText endRow() {
        text.append('\n');
        firstField = true;
        rows++;
        return this;
    }

    public long rows() {
        return rows;
    }

    /** Appends other rows, whole. */
    public CopyText append(CopyText other) {
        text.append(other.text);
        rows += other.rows;
        return this;
    }

    public int length() {
        return text.length();
    }

    /** The rows so far, and an empty buffer. */
    public String take() {
        String taken = text.toString();
        text.setLength(0);
        return taken;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private CopyText plain(String value) {
        separate();
        text.append(value);
        return this;
    }

    private void separate() {
        if (!firstField) {
            text.append('\t');
        }
        firstField = false;
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
