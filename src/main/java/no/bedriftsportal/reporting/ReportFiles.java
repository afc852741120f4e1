package no.bedriftsportal.reporting;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.csv.CsvWriter;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelWorkbook;

/**
 * Writes a report as a file (R4), streaming its rows from the database into the file: Excel (typed
 * cells, filter, frozen header, totals, and a sheet saying what the report covers), CSV as a
 * Norwegian Excel opens it, and a simplified PDF. Text that looks like a formula is made safe by
 * the writers.
 */
@Component
public class ReportFiles {

    private final Reports reports;
    private final ReportLabels labels;

    ReportFiles(Reports reports, ReportLabels labels) {
        this.reports = reports;
        this.labels = labels;
    }

    /** Writes the report to {@code out}; returns how many rows it holds. */
    public long write(AccessScope scope, Report report, ReportHeading heading, ReportFormat format, Locale locale,
            OutputStream out) {
        return switch (format) {
            case EXCEL -> excel(scope, report, heading, locale, out);
            case CSV -> csv(scope, report, locale, out);
            case PDF -> ReportPdf.write(reports, labels, scope, report, heading, locale, out);
        };
    }

    private long excel(AccessScope scope, Report report, ReportHeading heading, Locale locale, OutputStream out) {
        List<ReportColumn> columns = report.columns();
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            List<ExcelColumn> sheetColumns = columns.stream()
                    .map(c -> new ExcelColumn(labels.header(c, locale), c.kind(), c.width())).toList();
            ExcelWorkbook.Sheet sheet = workbook.sheet(heading.title(), sheetColumns);
            long rows = reports.stream(scope, report, locale, values -> sheet.row(cells(columns, values, locale)));
            sheet.filter();
            sheet.totals(labels.t("reports.total", locale));
            ExcelWorkbook.Sheet about = workbook.sheet(labels.t("reports.file.about", locale),
                    List.of(ExcelColumn.text(labels.t("reports.file.about", locale), 100)));
            about.row(heading.title()).row(heading.description()).row(heading.company());
            heading.lines().forEach(about::row);
            if (!report.period().invoices().isEmpty()) {
                invoices(workbook, report, locale);
            }
            workbook.writeTo(out);
            return rows;
        }
    }

    /** The invoices an invoice-period report reads, with their own totals: the report's sums can be checked against them. */
    private void invoices(ExcelWorkbook workbook, Report report, Locale locale) {
        ExcelWorkbook.Sheet sheet = workbook.sheet(labels.t("reports.invoices.title", locale), List.of(
                ExcelColumn.integer(labels.t("reports.invoices.number", locale)),
                ExcelColumn.text(labels.t("reports.invoices.customerNumber", locale), 14),
                ExcelColumn.date(labels.t("reports.invoices.issueDate", locale)),
                ExcelColumn.date(labels.t("reports.invoices.periodStart", locale)),
                ExcelColumn.date(labels.t("reports.invoices.periodEnd", locale)),
                ExcelColumn.money(labels.t("reports.invoices.exclVat", locale)),
                ExcelColumn.money(labels.t("reports.invoices.vat", locale)),
                ExcelColumn.money(labels.t("reports.invoices.total", locale))));
        for (CoveredInvoice invoice : report.period().invoices()) {
            sheet.row(invoice.number(), invoice.customerNumber(), invoice.issueDate(), invoice.periodStart(), invoice.periodEnd(),
                    invoice.amountExclVat(), invoice.vat(), invoice.total());
        }
        sheet.totals(labels.t("reports.total", locale));
    }

    private long csv(AccessScope scope, Report report, Locale locale, OutputStream out) {
        List<ReportColumn> columns = report.columns();
        try (CsvWriter csv = CsvWriter.open(out)) {
            csv.header(columns.stream().map(c -> labels.header(c, locale)).toList());
            return reports.stream(scope, report, locale, values -> {
                Object[] cells = cells(columns, values, locale);
                for (int i = 0; i < cells.length; i++) {
                    if (columns.get(i).kind() == ExcelColumn.Kind.DURATION && cells[i] instanceof Number seconds) {
                        cells[i] = NorwegianFormat.duration(seconds.longValue());
                    }
                }
                csv.row(cells);
            });
        }
    }

    /** A row's values as the files take them: coded values in words, durations as {@link Duration}. */
    Object[] cells(List<ReportColumn> columns, Object[] values, Locale locale) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = labels.cell(columns.get(i), values[i], locale);
        }
        return cells;
    }

    /** The totals of the summed columns over rows as they pass (the PDF's last row). */
    static final class Totals {
        private final List<ReportColumn> columns;
        private final BigDecimal[] sums;

        Totals(List<ReportColumn> columns) {
            this.columns = columns;
            this.sums = new BigDecimal[columns.size()];
        }

        void add(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (columns.get(i).summed() && values[i] instanceof Number number) {
                    BigDecimal value = number instanceof BigDecimal big ? big : BigDecimal.valueOf(number.longValue());
                    sums[i] = sums[i] == null ? value : sums[i].add(value);
                }
            }
        }

        Object[] values() {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < sums.length; i++) {
                ReportColumn column = columns.get(i);
                BigDecimal sum = sums[i] == null && column.summed() ? BigDecimal.ZERO : sums[i];
                values.add(sum == null ? null : column.kind() == ExcelColumn.Kind.MONEY || column.kind() == ExcelColumn.Kind.DECIMAL
                        ? sum : (Object) sum.longValue());
            }
            return values.toArray();
        }
    }
}
