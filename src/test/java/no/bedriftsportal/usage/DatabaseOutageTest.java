package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures pause the spool (the database is away) and which refuse the file (#10.2). */
class DatabaseOutageTest {

    static Stream<Arguments> failures() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new java.util.concurrent.CompletionException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        TransactionSystemException rollbackFailedAfterABug = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailedAfterABug.initApplicationException(new IllegalStateException("a bug"));
        return Stream.of(
                Arguments.of("the rollback failed after the session was terminated", rollbackFailed, true),
                Arguments.of("the rollback failed after a bug", rollbackFailedAfterABug, false),
                Arguments.of("no connection from the pool", new CannotGetJdbcConnectionException("pool",
                        new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms")), true),
                Arguments.of("no transaction: connection refused", new CannotCreateTransactionException("no connection",
                        new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)), true),
                Arguments.of("connection lost mid-COPY (08006)", new IllegalStateException("could not load x",
                        new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE)), true),
                Arguments.of("session terminated (57P01)", new IllegalStateException("could not mark",
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01")), true),
                Arguments.of("server starting up (57P03)", new SQLException("the database system is starting up", "57P03"), true),
                Arguments.of("disk full (53100)", new SQLException("could not extend file", "53100"), true),
                Arguments.of("deadlock (40P01)", new SQLException("deadlock detected", "40P01"), true),
                Arguments.of("numeric overflow (22003)", new IllegalStateException("could not load x",
                        new SQLException("numeric field overflow", "22003")), false),
                Arguments.of("NUL in text (22021)", new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"), false),
                Arguments.of("a constraint (23514)", new DataIntegrityViolationException("check",
                        new SQLException("new row violates check constraint", "23514")), false),
                Arguments.of("unreadable file", new java.io.UncheckedIOException(new IOException("Unexpected end of ZLIB input stream")), false),
                Arguments.of("a bug", new NullPointerException(), false));
    }

    @ParameterizedTest(name = "{0}: outage {2}")
    @MethodSource("failures")
    void tellsTheDatabaseBeingAwayFromAFileThatFails(String what, Exception failure, boolean outage) {
        assertThat(DatabaseOutage.isOutage(failure)).isEqualTo(outage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void describesAFailureByItsInnermostMessage(String what, Exception failure, boolean outage) {
        assertThat(DatabaseOutage.describe(failure)).isNotBlank().doesNotContain("\n");
    }
}
