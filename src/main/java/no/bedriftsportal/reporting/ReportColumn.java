package no.bedriftsportal.reporting;

import no.bedriftsportal.shared.excel.ExcelColumn;

/**
 * A column of a report: its key (the SQL alias, and {@code reports.column.<key>} for its header),
 * how its values are typed, and what happens to it at department level.
 */
public record ReportColumn(String key, ExcelColumn.Kind kind, Role role, int width, String valuesKey) {

    /** A column's part in the department level (R2), which groups the user rows by customer number. */
    public enum Role {
        /** Describes one user or one row (number, name, product): left out at department level. */
        USER,
        /** Kept at department level and grouped by (the department itself, a country, a payer). */
        GROUP,
        /** A number summed at department level and in the totals. */
        SUM
    }

    public ReportColumn {
        if (!key.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("A column key is snake_case: " + key);
        }
    }

    ReportColumn(String key, ExcelColumn.Kind kind, Role role, int width) {
        this(key, kind, role, width, null);
    }

    /** A text column whose values are codes shown as {@code valuesKey + code} from the message bundles (a payer, a status). */
    static ReportColumn coded(String key, Role role, int width, String valuesKey) {
        return new ReportColumn(key, ExcelColumn.Kind.TEXT, role, width, valuesKey);
    }

    static ReportColumn text(String key, Role role, int width) {
        return new ReportColumn(key, ExcelColumn.Kind.TEXT, role, width);
    }

    static ReportColumn money(String key) {
        return new ReportColumn(key, ExcelColumn.Kind.MONEY, Role.SUM, 14);
    }

    static ReportColumn integer(String key) {
        return new ReportColumn(key, ExcelColumn.Kind.INTEGER, Role.SUM, 12);
    }

    static ReportColumn megabytes(String key) {
        return new ReportColumn(key, ExcelColumn.Kind.DECIMAL, Role.SUM, 12);
    }

    static ReportColumn duration(String key) {
        return new ReportColumn(key, ExcelColumn.Kind.DURATION, Role.SUM, 12);
    }

    static ReportColumn date(String key, Role role) {
        return new ReportColumn(key, ExcelColumn.Kind.DATE, role, 12);
    }

    /** Whether the totals row sums it. */
    public boolean summed() {
        return role == Role.SUM;
    }

    public boolean numeric() {
        return kind != ExcelColumn.Kind.TEXT && kind != ExcelColumn.Kind.DATE && kind != ExcelColumn.Kind.DATE_TIME;
    }

    /** The header's message key. */
    public String labelKey() {
        return "reports.column." + key;
    }

    /** The common columns of a user row. */
    static final ReportColumn NUMBER = text("number", Role.USER, 12);
    static final ReportColumn USER_NAME = text("user_name", Role.USER, 24);
    static final ReportColumn DEPARTMENT = text("department", Role.GROUP, 24);
    static final ReportColumn PRODUCT = text("product", Role.USER, 22);
    /** The SIM card (ICCID) of a user row: in the Excel and CSV files and the API, not on the page or the simplified PDF. */
    static final ReportColumn SIM = new ReportColumn("sim", ExcelColumn.Kind.TEXT, Role.USER, 22, null);

    /** Whether the column is one of the files' further fields, left out of the web table and the simplified PDF (R4). */
    public boolean detail() {
        return this == SIM;
    }

    /** Added at department level: how many subscriptions the row sums. */
    static final ReportColumn SUBSCRIPTIONS = new ReportColumn("subscriptions", ExcelColumn.Kind.COUNT, Role.GROUP, 10);
}
