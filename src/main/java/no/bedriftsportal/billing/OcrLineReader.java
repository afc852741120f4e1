package no.bedriftsportal.billing;

import static no.bedriftsportal.billing.OcrGiroLayout.FORMAT_CODE;
import static no.bedriftsportal.billing.OcrGiroLayout.LINE_LENGTH;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The lines of an OCR giro file one at a time, each checked as it is read (80 characters, format
 * code, a known record type), with one line of look-ahead. Nothing but the current line is held,
 * and a line is read no further than one character past its length: a file of any size, or a
 * binary one without line ends, costs a few bytes of memory before it is refused.
 */
final class OcrLineReader {

    /** 80 characters, a CR of a Windows line end, and one more to tell a line that is too long. */
    private static final int READ_AT_MOST = LINE_LENGTH + 2;

    private final InputStream in;
    private final Set<String> recordTypes;
    private final char[] buffer = new char[READ_AT_MOST];
    private OcrLine next;
    private int read;
    private int taken;
    private boolean ended;

    OcrLineReader(InputStream in, Set<String> recordTypes) throws IOException {
        this.in = new BufferedInputStream(in);
        this.recordTypes = recordTypes;
        this.next = readLine();
        if (next == null) {
            throw new OcrFileRejected(1, "the file is empty");
        }
    }

    /** The next line, not yet taken; null at the end of the file. */
    OcrLine peek() {
        return next;
    }

    OcrLine take() throws IOException {
        OcrLine line = next;
        taken++;
        next = readLine();
        return line;
    }

    /** How many lines were taken: the number of the last one. */
    int taken() {
        return taken;
    }

    private OcrLine readLine() throws IOException {
        if (ended) {
            return null;
        }
        int length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length == READ_AT_MOST) {
                throw new OcrFileRejected(read + 1, "line is more than " + (LINE_LENGTH + 1) + " characters long, expected "
                        + LINE_LENGTH);
            }
            buffer[length++] = (char) b; // ISO-8859-1: one byte is one character
        }
        if (b == -1) {
            ended = true;
            if (length == 0) {
                return null; // the file ended with its last line's line end
            }
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        read++;
        return checked(new OcrLine(read, new String(buffer, 0, length)));
    }

    private OcrLine checked(OcrLine line) {
        if (line.text().length() != LINE_LENGTH) {
            throw line.reject("line is " + line.text().length() + " characters long, expected " + LINE_LENGTH);
        }
        if (!line.text().startsWith(FORMAT_CODE)) {
            throw line.reject("line does not start with format code " + FORMAT_CODE);
        }
        if (!recordTypes.contains(line.recordType())) {
            throw line.reject("unknown record type '" + line.recordType() + "'");
        }
        return line;
    }
}
