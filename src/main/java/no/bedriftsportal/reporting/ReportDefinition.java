package no.bedriftsportal.reporting;

import java.util.List;
import java.util.Set;

/**
 * How one or more catalogue entries are read: the columns of a user row and the select that gives
 * them, reading the common table expressions of {@link ReportSql}. The select returns
 * {@code subscription_id} and a column named by every {@link ReportColumn#key()}; the department
 * level is made from it by {@link ReportQuery}.
 */
interface ReportDefinition {

    /** The catalogue entries this definition reads. */
    Set<ReportKind> kinds();

    /** The user row's columns for this entry and period (an invoice period may read other columns than days do). */
    List<ReportColumn> columns(ReportKind kind, ResolvedPeriod period);

    /** The user-level select. */
    String select(ReportKind kind, ResolvedPeriod period);

    /** The order of user rows when the user chose none: SQL over the select's columns. */
    default String order(ReportKind kind) {
        return "department, user_name, number";
    }
}
