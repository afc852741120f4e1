package no.bedriftsportal.reporting;

import java.util.List;

/**
 * A page of a report as the web shows it (R4): the rows of the page, how many there are in all,
 * the totals of the summed columns over every row, and what the report covers.
 *
 * @param totals one value per column, null for a column not summed
 */
public record ReportPage(Report report, List<Object[]> rows, long rowCount, Object[] totals, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (rowCount + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
