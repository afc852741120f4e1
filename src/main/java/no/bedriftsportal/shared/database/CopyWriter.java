package no.bedriftsportal.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows into PostgreSQL with {@code COPY … FROM STDIN} in text format, streamed as they are
 * written, so the server loads while the caller produces the next rows. Bulk loads use this,
 * never row-by-row inserts (ARCHITECTURE.md). Not thread-safe; one open COPY per connection.
 */
public final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;

    private final PGCopyOutputStream copy;
    private final CopyText row = new CopyText(FLUSH_AT + 4096);
    private long rows;

    private CopyWriter(PGCopyOutputStream copy) {
        this.copy = copy;
    }

    /** @param copySql {@code copy table (columns…) from stdin} */
    public static CopyWriter open(Connection connection, String copySql) throws SQLException {
        return new CopyWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, FLUSH_AT));
    }

    public CopyWriter text(String value) {
        row.text(value);
        return this;
    }

    public CopyWriter number(long value) {
        row.number(value);
        return this;
    }

    public CopyWriter number(Long value) {
        row.number(value);
        return this;
    }

    public CopyWriter decimal(BigDecimal value) {
        row.decimal(value);
        return this;
    }

    public CopyWriter bool(boolean value) {
        row.bool(value);
        return this;
    }

    public CopyWriter timestamp(Instant value) {
        row.timestamp(value);
        return this;
    }

    public CopyWriter date(LocalDate value) {
        row.date(value);
        return this;
    }

    public void endRow() {
        row.endRow();
        rows++;
        if (row.length() >= FLUSH_AT) {
            send(row.take());
        }
    }

    /** Loads rows built ahead with one COPY. */
    public static void load(Connection connection, String copySql, CopyText rows) throws SQLException {
        try (CopyWriter copy = open(connection, copySql)) {
            copy.write(rows);
        }
    }

    /** Rows built ahead, whole. */
    public void write(CopyText prepared) {
        send(row.take());
        send(prepared.take());
        rows += prepared.rows();
    }

    /** Ends the COPY; the server has loaded every row when this returns. */
    @Override
    public void close() {
        send(row.take());
        try {
            long loaded = copy.endCopy();
            if (loaded != rows) {
                throw new IllegalStateException("COPY loaded " + loaded + " rows, " + rows + " were written");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    private void send(String text) {
        if (text.isEmpty()) {
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            copy.write(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
