package no.bedriftsportal.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One report's statement at a level (R2), its columns, and the forms the page and the files read
 * it in. The department level groups the user select by its {@link ReportColumn.Role#GROUP}
 * columns (always the department) and sums the {@link ReportColumn.Role#SUM} ones, adding how many
 * subscriptions each row covers; so department rows add up to exactly the user rows.
 */
final class ReportQuery {

    private final List<ReportColumn> columns;
    private final String levelSelect;
    private final String defaultOrder;

    private ReportQuery(List<ReportColumn> columns, String levelSelect, String defaultOrder) {
        this.columns = List.copyOf(columns);
        this.levelSelect = levelSelect;
        this.defaultOrder = defaultOrder;
    }

    static ReportQuery of(ReportDefinition definition, ReportKind kind, ReportLevel level, ResolvedPeriod period) {
        List<ReportColumn> userColumns = definition.columns(kind, period);
        String select = definition.select(kind, period);
        if (level == ReportLevel.USER) {
            return new ReportQuery(userColumns, select, definition.order(kind));
        }
        List<ReportColumn> groups = userColumns.stream().filter(c -> c.role() == ReportColumn.Role.GROUP).toList();
        List<ReportColumn> sums = userColumns.stream().filter(ReportColumn::summed).toList();
        List<ReportColumn> columns = new ArrayList<>(groups);
        columns.add(ReportColumn.SUBSCRIPTIONS);
        columns.addAll(sums);
        String groupKeys = groups.stream().map(ReportColumn::key).collect(Collectors.joining(", "));
        String grouped = "select " + groupKeys + ", count(distinct r.subscription_id) as subscriptions"
                + sums.stream().map(c -> ", sum(r." + c.key() + ") as " + c.key()).collect(Collectors.joining())
                + "\nfrom (" + select + ") r\ngroup by " + groupKeys;
        String order = groups.stream().map(ReportColumn::key)
                .sorted((a, b) -> a.equals("department") ? -1 : b.equals("department") ? 1 : 0)
                .collect(Collectors.joining(", "));
        return new ReportQuery(columns, grouped, order);
    }

    List<ReportColumn> columns() {
        return columns;
    }

    /** Every row, in the chosen order: what the files stream. */
    String all(String sort, boolean descending) {
        return "with " + ReportSql.COMMON + ",\nreport as (" + levelSelect + ")\nselect r.* from report r order by "
                + order(sort, descending);
    }

    /** One page of rows, each carrying the row count and the totals of every summed column (window sums over all rows). */
    String page(String sort, boolean descending) {
        String totals = columns.stream().filter(ReportColumn::summed)
                .map(c -> ", sum(r." + c.key() + ") over () as total_" + c.key()).collect(Collectors.joining());
        return "with " + ReportSql.COMMON + ",\nreport as (" + levelSelect + ")\nselect r.*, count(*) over () as row_count"
                + totals + " from report r order by " + order(sort, descending) + " limit :limit offset :offset";
    }

    /** A chosen column first (only a column's key: never text from the request), then the report's own order. */
    private String order(String sort, boolean descending) {
        boolean known = sort != null && columns.stream().anyMatch(c -> c.key().equals(sort));
        return known ? sort + (descending ? " desc nulls last, " : " asc nulls first, ") + defaultOrder : defaultOrder;
    }
}
