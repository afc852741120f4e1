package no.bedriftsportal.shared.database;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, built in memory: each row its field count, each field
 * its length and bytes in network order ({@code -1} for null). The server stores them without
 * parsing text, which makes a large load markedly cheaper for it than {@link CopyText}; the caller
 * writes every column with the method of its exact type. {@link #load} sends rows built in parts.
 */
public final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in microseconds after the Unix epoch. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    /** 2000-01-01 as days after 1970-01-01. */
    private static final long POSTGRES_EPOCH_DAY = 10_957;
    private static final short NUMERIC_POSITIVE = 0x0000;
    private static final short NUMERIC_NEGATIVE = 0x4000;
    private static final int NUMERIC_BASE = 10_000;

    /** What {@link #load} sends at a time of rows {@link #reordered} (whose order is not the buffer's). */
    private static final int SEND_BUFFER = 1 << 16;

    private byte[] bytes;
    private int length;
    private long rows;
    /** For rows {@link #reordered}: where each row starts in {@link #bytes}, and the order to send them in. */
    private final int[] rowStarts;
    private final int[] order;

    public CopyBinary(int capacity) {
        this.bytes = new byte[Math.max(capacity, 64)];
        this.rowStarts = null;
        this.order = null;
    }

    private CopyBinary(CopyBinary rows, int[] rowStarts, int[] order) {
        this.bytes = rows.bytes;
        this.length = rows.length;
        this.rows = order.length;
        this.rowStarts = rowStarts;
        this.order = order;
    }

    /** Starts a row of {@code fields} fields. */
    public CopyBinary row(int fields) {
        if (order != null) {
            throw new IllegalStateException("reordered rows are only for loading");
        }
        int16(fields);
        rows++;
        return this;
    }

    public CopyBinary int8(long value) {
        int32(8);
        int64(value);
        return this;
    }

    public CopyBinary int4(int value) {
        int32(4);
        int32(value);
        return this;
    }

    public CopyBinary int2(int value) {
        int32(2);
        int16(value);
        return this;
    }

    public CopyBinary bool(boolean value) {
        int32(1);
        ensure(1);
        bytes[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** Text, varchar or char(n), in UTF-8 (the server's encoding). */
    public CopyBinary text(String value) {
        if (value == null) {
            return nullValue();
        }
        int n = value.length();
        ensure(4 + n);
        int lengthAt = length;
        length += 4;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) { // not ASCII: encode the whole value instead
                length = lengthAt;
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                int32(utf8.length);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
                return this;
            }
            bytes[length++] = (byte) c;
        }
        putInt32(lengthAt, n);
        return this;
    }

    /** A timestamptz, to the microsecond. */
    public CopyBinary timestamptz(Instant value) {
        if (value == null) {
            return nullValue();
        }
        return int8(Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000)
                - POSTGRES_EPOCH_MICROS);
    }

    /** A date. */
    public CopyBinary date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        return int4(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    /** A numeric of scale 2 (such as numeric(14,2)) given in hundredths: 12345 is 123.45. */
    public CopyBinary numericHundredths(long hundredths) {
        long magnitude = Math.abs(hundredths);
        long whole = magnitude / 100;
        int fraction = (int) (magnitude % 100) * 100; // one base-10000 digit after the point
        int[] wholeDigits = new int[5];
        int wholeCount = 0;
        while (whole > 0) {
            wholeDigits[wholeCount++] = (int) (whole % NUMERIC_BASE);
            whole /= NUMERIC_BASE;
        }
        int digits = wholeCount + (fraction != 0 ? 1 : 0);
        int32(8 + 2 * digits);
        int16(digits);
        int16(digits == 0 ? 0 : wholeCount - 1); // weight: the power of 10000 of the first digit
        int16(hundredths < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
        int16(2); // display scale
        for (int i = wholeCount - 1; i >= 0; i--) {
            int16(wholeDigits[i]);
        }
        if (fraction != 0) {
            int16(fraction);
        }
        return this;
    }

    /** A numeric of scale 2 (such as numeric(14,2)); the value must have at most two decimals. */
    public CopyBinary numeric2(BigDecimal value) {
        if (value == null) {
            return nullValue();
        }
        return numericHundredths(value.movePointRight(2).longValueExact());
    }

    public CopyBinary nullValue() {
        int32(-1);
        return this;
    }

    /**
     * The same rows in another order, for {@link #load}: they are not copied, so neither buffer may
     * be written to afterwards.
     *
     * @param rowStarts where each row starts, in the order written
     * @param order     the rows (their places in {@code rowStarts}) in the order wanted
     */
    public CopyBinary reordered(int[] rowStarts, int[] order) {
        if (this.order != null) {
            throw new IllegalStateException("rows already reordered");
        }
        return new CopyBinary(this, rowStarts, order);
    }

    public long rows() {
        return rows;
    }

    public int length() {
        return length;
    }

    /**
     * Loads the parts' rows with one {@code COPY … FROM STDIN (FORMAT binary)}, in the order given.
     *
     * @param copySql {@code copy table (columns…) from stdin (format binary)}
     * @return the rows loaded
     */
    public static long load(Connection connection, String copySql, Collection<CopyBinary> parts) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            byte[] header = new byte[SIGNATURE.length + 8]; // the signature, then flags and header extension: none
            System.arraycopy(SIGNATURE, 0, header, 0, SIGNATURE.length);
            copy.writeToCopy(header, 0, header.length);
            byte[] sending = null;
            for (CopyBinary part : parts) {
                if (part.order == null) {
                    copy.writeToCopy(part.bytes, 0, part.length);
                } else {
                    sending = sending == null ? new byte[SEND_BUFFER] : sending;
                    part.sendInOrder(copy, sending);
                }
            }
            copy.writeToCopy(new byte[] {(byte) 0xff, (byte) 0xff}, 0, 2); // the trailer: a field count of -1
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Sends the rows in their order, gathered in {@code buffer} (a row larger than it goes on its own). */
    private void sendInOrder(CopyIn copy, byte[] buffer) throws SQLException {
        int filled = 0;
        for (int row : order) {
            int start = rowStarts[row];
            int size = (row + 1 < rowStarts.length ? rowStarts[row + 1] : length) - start;
            if (filled + size > buffer.length) {
                copy.writeToCopy(buffer, 0, filled);
                filled = 0;
            }
            if (size > buffer.length) {
                copy.writeToCopy(bytes, start, size);
            } else {
                System.arraycopy(bytes, start, buffer, filled, size);
                filled += size;
            }
        }
        if (filled > 0) {
            copy.writeToCopy(buffer, 0, filled);
        }
    }

    private void int16(int value) {
        ensure(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        putInt32(length, value);
        length += 4;
    }

    private void putInt32(int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private void int64(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
