package no.bedriftsportal.usage;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads RFC 4180 records one at a time: quoted fields with commas, doubled quotes and line
 * breaks, LF or CRLF line ends, an optional byte-order mark. Blank lines are skipped. Hand-written
 * rather than a library or a regex because it is the hot path of ingest.
 *
 * <p>A record is never refused here; what is wrong with it is reported by {@link #problem()}
 * and the caller rejects it, so that every record in the file is accounted for.
 */
final class CsvRecordReader {

    static final int MAX_RECORD_CHARS = 1 << 20;
    static final int MAX_FIELDS = 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean started;

    private char[] raw = new char[512];
    private int rawLength;
    private char[] values = new char[512];
    private int valuesLength;
    private int[] fieldEnds = new int[16];
    private int fieldCount;

    private int nextLine = 1;
    private int startLine;
    private String problem;

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** Advances to the next non-blank record; false at the end of the input. */
    boolean next() throws IOException {
        while (readRecord()) {
            if (!isBlank()) {
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
        while (start < end && values[start] <= ' ') {
            start++;
        }
        while (end > start && values[end - 1] <= ' ') {
            end--;
        }
        return start == end ? "" : new String(values, start, end - start);
    }

    /** The record as it stood in the file, without its line end. */
    String rawRecord() {
        return new String(raw, 0, rawLength);
    }

    /** What makes the record unreadable, or null. */
    String problem() {
        return problem;
    }

    private boolean readRecord() throws IOException {
        rawLength = 0;
        valuesLength = 0;
        fieldCount = 0;
        problem = null;
        startLine = nextLine;
        int state = FIELD_START;
        boolean readAny = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!readAny) {
                    return false;
                }
                if (state == QUOTED) {
                    problemOnce("unterminated quoted field " + (fieldCount + 1));
                }
                endField();
                return true;
            }
            char c = buffer[position++];
            readAny = true;
            if (state == QUOTED) {
                appendRaw(c);
                if (c == '"') {
                    state = AFTER_QUOTE;
                } else {
                    if (c == '\n') {
                        nextLine++;
                    }
                    appendValue(c);
                }
                continue;
            }
            if (c == '\n' || (c == '\r' && nextIsLineFeed())) {
                nextLine++;
                endField();
                return true;
            }
            appendRaw(c);
            if (c == ',') {
                endField();
                state = FIELD_START;
            } else if (state == FIELD_START) {
                if (c == '"') {
                    state = QUOTED;
                } else {
                    appendValue(c);
                    state = UNQUOTED;
                }
            } else if (state == UNQUOTED) {
                appendValue(c); // a quote inside an unquoted field is kept as text
            } else if (c == '"') { // AFTER_QUOTE: a doubled quote stands for one
                appendValue(c);
                state = QUOTED;
            } else {
                problemOnce("field " + (fieldCount + 1) + " has text after its closing quote");
                appendValue(c);
                state = UNQUOTED;
            }
        }
    }

    /** Consumes the LF of a CRLF line end. */
    private boolean nextIsLineFeed() throws IOException {
        if (position == limit && !fill()) {
            return false;
        }
        if (buffer[position] == '\n') {
            position++;
            return true;
        }
        return false;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        if (!started) {
            started = true;
            if (buffer[0] == BYTE_ORDER_MARK) {
                position = 1;
                return position < limit || fill();
            }
        }
        return true;
    }

    private void appendRaw(char c) {
        if (rawLength == raw.length) {
            if (!roomToGrow(raw.length)) {
                return;
            }
            raw = Arrays.copyOf(raw, raw.length * 2);
        }
        raw[rawLength++] = c;
    }

    private void appendValue(char c) {
        if (valuesLength == values.length) {
            if (!roomToGrow(values.length)) {
                return;
            }
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[valuesLength++] = c;
    }

    private boolean roomToGrow(int length) {
        if (length >= MAX_RECORD_CHARS) {
            problemOnce("record is longer than " + MAX_RECORD_CHARS + " characters");
            return false;
        }
        return true;
    }

    private void endField() {
        if (fieldCount == fieldEnds.length) {
            if (fieldCount == MAX_FIELDS) {
                problemOnce("record has more than " + MAX_FIELDS + " fields");
                fieldEnds[fieldCount - 1] = valuesLength;
                return;
            }
            fieldEnds = Arrays.copyOf(fieldEnds, fieldEnds.length * 2);
        }
        fieldEnds[fieldCount++] = valuesLength;
    }

    private void problemOnce(String description) {
        if (problem == null) {
            problem = description;
        }
    }

    private boolean isBlank() {
        for (int i = 0; i < rawLength; i++) {
            if (raw[i] > ' ') {
                return false;
            }
        }
        return true;
    }
}
