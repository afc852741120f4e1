package no.bedriftsportal.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** Reads a report row's values, typed by column: text, whole numbers, amounts, dates, times. */
final class ReportRows {

    private ReportRows() {
    }

    static Object[] read(ResultSet rs, List<ReportColumn> columns) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, columns.get(i).key(), columns.get(i));
        }
        return values;
    }

    static Object value(ResultSet rs, String label, ReportColumn column) throws SQLException {
        Object value = switch (column.kind()) {
            case TEXT -> rs.getString(label);
            case INTEGER, COUNT, PERCENT, DURATION -> rs.getLong(label);
            case MONEY, DECIMAL -> rs.getBigDecimal(label);
            case DATE -> rs.getObject(label, LocalDate.class);
            case DATE_TIME -> {
                Timestamp time = rs.getTimestamp(label);
                yield time == null ? null : time.toInstant();
            }
        };
        return rs.wasNull() ? null : value;
    }
}
