package no.bedriftsportal.shared.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.bedriftsportal.shared.Oslo;

/**
 * A CSV file the way a Norwegian Excel opens it with a double-click: UTF-8 with a byte order mark
 * (else æøå are garbled), {@code ;} between fields (the comma is the decimal sign), numbers with a
 * decimal comma and no grouping ({@code -1234,50}), dates as {@code dd.MM.yyyy}, CRLF line ends, and
 * fields quoted as RFC 4180 says when they hold {@code ;}, {@code "} or a line break.
 *
 * <p>Text a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return first) gets a leading apostrophe, so {@code =HYPERLINK(…)} shows as text and
 * never runs (OWASP "CSV injection"). Numbers are written as numbers and keep their minus sign.
 * Rows are written as they come: memory stays flat however many there are.
 */
public final class CsvWriter implements AutoCloseable {

    public static final char SEPARATOR = ';';
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Starts a file on {@code out} with the byte order mark; closing the writer closes {@code out}. */
    public static CsvWriter open(OutputStream out) {
        CsvWriter writer = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        writer.write(BYTE_ORDER_MARK);
        return writer;
    }

    public CsvWriter header(List<String> names) {
        return row(names.toArray());
    }

    /**
     * Writes a row: {@code String} for text, {@code Number} for numbers, {@code LocalDate} or
     * {@code Instant} (shown in Norwegian time) for dates; {@code null} leaves the field empty.
     */
    public CsvWriter row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(field(values[i]));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes what is written so far, leaving the stream open (a servlet response). */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString().replace('.', ',');
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(ZonedDateTime.ofInstant(instant, Oslo.ZONE));
        }
        return text(value.toString());
    }

    private static String text(String value) {
        String safe = looksLikeFormula(value) ? "'" + value : value;
        boolean quoted = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** True when a spreadsheet program would read the text as a formula or a command. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
