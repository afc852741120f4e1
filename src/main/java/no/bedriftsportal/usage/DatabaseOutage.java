package no.bedriftsportal.usage;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database being away from a failure of the file: only the first pauses
 * the spool (and is tried again); the file is refused for anything else. The database is away
 * when a connection cannot be had or was lost (SQL state class 08, PostgreSQL shut down or
 * restarting: 57P01–57P03), when it lacks resources (class 53: disk full, out of memory, too many
 * connections), or when a transaction had to give way to another (class 40: serialization
 * failure, deadlock), whichever exception carries it, also the failure a failed rollback hides.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isOutageState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollbackFailed && rollbackFailed.getApplicationException() != null
                    && isOutage(rollbackFailed.getApplicationException())) {
                return true; // a lost connection fails the rollback too, which then hides the failure that lost it
            }
        }
        return false;
    }

    private static boolean isOutageState(String state) {
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("40")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** The innermost message of a failure: what a person can act on. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
