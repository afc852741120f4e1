package no.bedriftsportal.shared.database;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    private static final int BUFFER = 1 << 16;

    private final PGCopyOutputStream copy;
    private final Writer out;
    private boolean firstField = true;
    private long rows;

    private CopyWriter(PGCopyOutputStream copy) {
        this.copy = copy;
        this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
    }

    /** @param copySql {@code copy table (columns…) from stdin} */
    public static CopyWriter open(Connection connection, String copySql) throws SQLException {
        return new CopyWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, BUFFER));
    }

    public CopyWriter text(String value) {
        separate();
        if (value == null) {
            write("\\N");
            return this;
        }
        try {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CopyWriter number(long value) {
        separate();
        write(Long.toString(value));
        return this;
    }

    public CopyWriter number(Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    public CopyWriter decimal(BigDecimal value) {
        return value == null ? text(null) : plain(value.toPlainString());
    }

    public CopyWriter bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    public CopyWriter timestamp(Instant value) {
        return value == null ? text(null) : plain(value.toString());
    }

    public CopyWriter date(LocalDate value) {
        return value == null ? text(null) : plain(value.toString());
    }

    public void endRow() {
        write("\n");
        firstField = true;
        rows++;
    }

    /** Ends the COPY; returns the rows the server loaded. */
    @Override
    public void close() {
        try {
            out.flush();
            long loaded = copy.endCopy();
            if (loaded != rows) {
                throw new IllegalStateException("COPY loaded " + loaded + " rows, " + rows + " were written");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    private CopyWriter plain(String value) {
        separate();
        write(value);
        return this;
    }

    private void separate() {
        if (!firstField) {
            write("\t");
        }
        firstField = false;
    }

    private void write(String value) {
        try {
            out.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
