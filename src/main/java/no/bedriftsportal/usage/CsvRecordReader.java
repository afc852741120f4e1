package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads RFC 4180 records one at a time from UTF-8 bytes: quoted fields with commas, doubled quotes
 * and line breaks, LF or CRLF line ends, an optional byte-order mark. Blank lines (nothing but
 * spaces and tabs) are skipped. Hand-written rather than a library or a regex because it is the
 * hot path of ingest; it works on bytes, so that a byte that is not text is found where it stands
 * instead of being replaced by the decoder.
 *
 * <p>A record is never refused here; what is wrong with it is reported by {@link #problem()}
 * and the caller rejects it, so that every record in the file is accounted for. A record's bytes
 * must be UTF-8 without NUL or other control characters, except a tab inside quotes and CR/LF as
 * line ends or inside quotes. A record longer than {@code maxRecordBytes} is reported too, and
 * only its first {@code maxRecordBytes} are held: the rest is read past, not buffered.
 */
final class CsvRecordReader {

    static final int MAX_FIELDS = 1024;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private static final byte ORDINARY = 0;
    private static final byte COMMA = 1;
    private static final byte QUOTE = 2;
    private static final byte LF = 3;
    private static final byte CR = 4;
    private static final byte TAB = 5;
    private static final byte CONTROL = 6;
    private static final byte HIGH = 7;
    /** What each byte is to the reader; everything not named is {@link #ORDINARY}. */
    private static final byte[] CLASS = new byte[256];

    static {
        for (int b = 0; b < 0x20; b++) {
            CLASS[b] = CONTROL;
        }
        CLASS[0x7f] = CONTROL;
        for (int b = 0x80; b < 0x100; b++) {
            CLASS[b] = HIGH;
        }
        CLASS[','] = COMMA;
        CLASS['"'] = QUOTE;
        CLASS['\n'] = LF;
        CLASS['\r'] = CR;
        CLASS['\t'] = TAB;
    }

    private final InputStream in;
    private final int maxRecordBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean started;
    private boolean ended;

    /** The record's bytes as they stood in the file, at most maxRecordBytes of them. */
    private byte[] raw = new byte[512];
    private int rawLength;
    /** All of the record's bytes, also those past maxRecordBytes. */
    private long recordBytes;
    private byte[] values = new byte[512];
    private int valuesLength;
    private int[] fieldEnds = new int[16];
    private int fieldCount;
    /** Whether the record has a byte of 0x80 or more: only then is it checked as UTF-8 and decoded as such. */
    private boolean high;
    /** Whether the record holds a byte that is not text: it is then kept escaped. */
    private boolean badBytes;

    private int nextLine = 1;
    private int startLine;
    private String bytesProblem;
    private String formProblem;

    CsvRecordReader(InputStream in, int maxRecordBytes) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Advances to the next non-blank record; false at the end of the input. */
    boolean next() throws IOException {
        while (readRecord()) {
            if (!isBlank()) {
                if (high && bytesProblem == null) {
                    checkUtf8();
                }
                return true;
            }
        }
        return false;
    }

    int startLine() {
        return startLine;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** The field's value, unquoted and trimmed of surrounding whitespace. */
    String field(int index) {
        int start = index == 0 ? 0 : fieldEnds[index - 1];
        int end = fieldEnds[index];
        while (start < end && (values[start] & 0xff) <= ' ') {
            start++;
        }
        while (end > start && (values[end - 1] & 0xff) <= ' ') {
            end--;
        }
        if (start == end) {
            return "";
        }
        // bytes that are not UTF-8 make the record a rejection; until then they read as the decoder makes them
        return new String(values, start, end - start, high ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /**
     * The record as it stood in the file, without its line end, fit to be kept as text: escaped
     * when it holds bytes that are not text ({@link RawLines#escaped}), and cut when it is long.
     */
    String rawRecord() {
        int kept = RawLines.keptLength(raw, rawLength);
        String text = badBytes ? RawLines.escaped(raw, kept)
                : new String(raw, 0, kept, high ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return kept < recordBytes ? RawLines.cut(text, recordBytes) : text;
    }

    /** What makes the record unreadable, or null; bytes that are not text come first. */
    String problem() {
        return bytesProblem != null ? bytesProblem : formProblem;
    }

    private boolean readRecord() throws IOException {
        rawLength = 0;
        recordBytes = 0;
        valuesLength = 0;
        fieldCount = 0;
        high = false;
        badBytes = false;
        bytesProblem = null;
        formProblem = null;
        startLine = nextLine;
        int state = FIELD_START;
        boolean readAny = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!readAny) {
                    return false;
                }
                if (state == QUOTED) {
                    formProblemOnce("unterminated quoted field " + (fieldCount + 1));
                }
                endField();
                return true;
            }
            readAny = true;
            if (state <= UNQUOTED) { // the usual case: a run of plain bytes in a field, copied at once
                int end = position;
                while (end < limit && CLASS[buffer[end] & 0xff] == ORDINARY) {
                    end++;
                }
                if (end > position) {
                    appendPlain(position, end - position);
                    position = end;
                    state = UNQUOTED;
                    if (position == limit) {
                        continue;
                    }
                }
            }
            byte b = buffer[position++];
            byte kind = CLASS[b & 0xff];
            if (state == QUOTED) {
                appendRaw(b);
                if (kind == QUOTE) {
                    state = AFTER_QUOTE;
                    continue;
                }
                if (kind == LF) {
                    nextLine++;
                } else if (kind == CONTROL) {
                    controlCharacter(b);
                } else if (kind == HIGH) {
                    high = true;
                }
                appendValue(b);
                continue;
            }
            if (kind == LF) {
                nextLine++;
                endField();
                return true;
            }
            if (kind == CR && endsLine()) {
                endField();
                return true;
            }
            appendRaw(b);
            if (kind == COMMA) {
                endField();
                state = FIELD_START;
                continue;
            }
            if (kind == QUOTE) {
                if (state == FIELD_START) {
                    state = QUOTED;
                    continue;
                }
                if (state == AFTER_QUOTE) { // a doubled quote stands for one
                    appendValue(b);
                    state = QUOTED;
                    continue;
                }
                appendValue(b); // a quote inside an unquoted field is kept as text
                continue;
            }
            if (kind == HIGH) {
                high = true;
            } else if (kind != ORDINARY) {
                controlCharacter(b); // a tab or a CR outside quotes, or any other control character
            }
            if (state == AFTER_QUOTE) {
                formProblemOnce("field " + (fieldCount + 1) + " has text after its closing quote");
            }
            appendValue(b);
            state = UNQUOTED;
        }
    }

    /** Consumes the LF of a CRLF line end; a CR at the end of the input ends the line too. */
    private boolean endsLine() throws IOException {
        if (position == limit && !fill()) {
            nextLine++;
            return true;
        }
        if (buffer[position] == '\n') {
            position++;
            nextLine++;
            return true;
        }
        return false;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        if (!started) {
            started = true;
            skipByteOrderMark();
            return position < limit || fill();
        }
        return true;
    }

    /** UTF-8's byte-order mark, EF BB BF, at the very start (the first read may bring fewer than three bytes). */
    private void skipByteOrderMark() throws IOException {
        while (limit < 3) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                ended = true;
                break;
            }
            limit += read;
        }
        if (limit >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
            position = 3;
        }
    }

    /** Plain bytes of an unquoted field: to raw and to the field's value alike. */
    private void appendPlain(int from, int length) {
        if (rawLength + length > raw.length || valuesLength + length > values.length) {
            for (int i = from; i < from + length; i++) {
                appendRaw(buffer[i]);
                appendValue(buffer[i]);
            }
            return;
        }
        recordBytes += length;
        System.arraycopy(buffer, from, raw, rawLength, length);
        rawLength += length;
        System.arraycopy(buffer, from, values, valuesLength, length);
        valuesLength += length;
    }

    private void appendRaw(byte b) {
        recordBytes++;
        if (rawLength == raw.length) {
            if (raw.length >= maxRecordBytes) {
                formProblemOnce("record is longer than " + maxRecordBytes + " bytes");
                return;
            }
            raw = Arrays.copyOf(raw, Math.min(raw.length * 2, maxRecordBytes));
        }
        raw[rawLength++] = b;
    }

    private void appendValue(byte b) {
        if (valuesLength == values.length) {
            if (values.length >= maxRecordBytes) {
                return; // the record is too long, and says so
            }
            values = Arrays.copyOf(values, Math.min(values.length * 2, maxRecordBytes));
        }
        values[valuesLength++] = b;
    }

    private void endField() {
        if (fieldCount == fieldEnds.length) {
            if (fieldCount == MAX_FIELDS) {
                formProblemOnce("record has more than " + MAX_FIELDS + " fields");
                fieldEnds[fieldCount - 1] = valuesLength;
                return;
            }
            fieldEnds = Arrays.copyOf(fieldEnds, fieldEnds.length * 2);
        }
        fieldEnds[fieldCount++] = valuesLength;
    }

    /** A control character just appended to raw; a tab is one only outside quotes (the caller knows). */
    private void controlCharacter(byte b) {
        badBytes = true;
        if (bytesProblem != null || rawLength == 0 || recordBytes > rawLength) {
            return; // a record too long has that problem already
        }
        int at = rawLength - 1;
        String what = switch (b) {
            case 0 -> "a NUL byte (0x00)";
            case '\t' -> "a tab (0x09) outside quotes";
            case '\r' -> "a carriage return (0x0D) that does not end the line";
            default -> "a control character (0x%02X)".formatted(b & 0xff);
        };
        bytesProblem = "line contains " + what + " at " + place(at);
    }

    /** Finds the first byte that is not UTF-8, or a C1 control character (U+0080–U+009F), in the record. */
    private void checkUtf8() {
        int bad = RawLines.firstNotUtf8(raw, rawLength);
        if (bad >= 0) {
            badBytes = true;
            bytesProblem = "line is not valid UTF-8: byte 0x%02X at %s".formatted(raw[bad] & 0xff, place(bad));
            return;
        }
        int c1 = RawLines.firstC1Control(raw, rawLength);
        if (c1 >= 0) {
            badBytes = true;
            bytesProblem = "line contains a control character (U+%04X) at %s".formatted(raw[c1 + 1] & 0xff,
                    place(c1));
        }
    }

    /**
     * Where the record's byte at {@code index} stands: its column (counted in characters, from 1) and,
     * when the record spans lines, its line.
     */
    private String place(int index) {
        int line = startLine;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (raw[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < index; i++) {
            if ((raw[i] & 0xc0) != 0x80) { // not a UTF-8 continuation byte
                column++;
            }
        }
        return line == startLine ? "column " + column : "line " + line + ", column " + column;
    }

    private void formProblemOnce(String description) {
        if (formProblem == null) {
            formProblem = description;
        }
    }

    private boolean isBlank() {
        for (int i = 0; i < rawLength; i++) {
            if (raw[i] != ' ' && raw[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
