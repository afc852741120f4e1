package no.bedriftsportal.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * Collections as PostgreSQL arrays for {@code = any(:param)}. (A plain Java array or list would be
 * expanded into an IN list by the named-parameter support.)
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** A {@code bigint[]} parameter, or null for a null collection. */
    public static Object bigints(Collection<Long> values) {
        if (values == null) {
            return null;
        }
        Object[] elements = values.toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("bigint", elements);
            }
        };
    }

    /** A {@code text[]} parameter, or null for a null collection. */
    public static Object texts(Collection<String> values) {
        if (values == null) {
            return null;
        }
        Object[] elements = values.toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("text", elements);
            }
        };
    }
}
