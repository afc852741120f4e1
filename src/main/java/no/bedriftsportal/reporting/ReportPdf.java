package no.bedriftsportal.reporting;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.pdf.PdfColumn;
import no.bedriftsportal.shared.pdf.PdfHeading;
import no.bedriftsportal.shared.pdf.PdfTable;

/** The simplified PDF of a report (R4): the heading, the rows as they are read, the totals, page numbers. */
final class ReportPdf {

    private ReportPdf() {
    }

    static long write(Reports reports, ReportLabels labels, AccessScope scope, Report report, ReportHeading heading, Locale locale,
            OutputStream out) {
        List<ReportColumn> all = report.columns();
        // the simplified PDF leaves out the files' further fields (a SIM card's number)
        int[] shown = IntStream.range(0, all.size()).filter(i -> !all.get(i).detail()).toArray();
        List<ReportColumn> columns = Arrays.stream(shown).mapToObj(all::get).toList();
        List<PdfColumn> pdfColumns = columns.stream().map(c -> new PdfColumn(labels.header(c, locale), kind(c), c.width())).toList();
        ReportFiles.Totals totals = new ReportFiles.Totals(columns);
        PdfHeading pdfHeading = new PdfHeading(heading.title(), heading.company(), heading.lines());
        try (PdfTable table = PdfTable.open(out, pdfHeading, pdfColumns)) {
            long rows = reports.stream(scope, report, locale, values -> {
                Object[] picked = Arrays.stream(shown).mapToObj(i -> values[i]).toArray();
                totals.add(picked);
                table.row(pdfCells(labels, columns, picked, locale));
            });
            Object[] sums = pdfCells(labels, columns, totals.values(), locale);
            table.totals(labels.t("reports.total", locale), Arrays.copyOfRange(sums, 1, sums.length));
            return rows;
        }
    }

    /** Coded values in words, durations as {@link Duration}: what the PDF table prints. */
    private static Object[] pdfCells(ReportLabels labels, List<ReportColumn> columns, Object[] values, Locale locale) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object cell = labels.cell(columns.get(i), values[i], locale);
            cells[i] = columns.get(i).kind() == ExcelColumn.Kind.DURATION && cell instanceof Number seconds
                    ? Duration.ofSeconds(seconds.longValue()) : cell;
        }
        return cells;
    }

    private static PdfColumn.Kind kind(ReportColumn column) {
        return switch (column.kind()) {
            case TEXT -> PdfColumn.Kind.TEXT;
            case INTEGER, COUNT -> PdfColumn.Kind.INTEGER;
            case MONEY -> PdfColumn.Kind.MONEY;
            case DECIMAL -> PdfColumn.Kind.DECIMAL;
            case DURATION -> PdfColumn.Kind.DURATION;
            case PERCENT -> PdfColumn.Kind.PERCENT;
            case DATE -> PdfColumn.Kind.DATE;
            case DATE_TIME -> PdfColumn.Kind.DATE_TIME;
        };
    }
}
