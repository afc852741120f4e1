package no.bedriftsportal.billing;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.csv.CsvDownload;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelDownload;
import no.bedriftsportal.shared.excel.ExcelWorkbook;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The columns of the invoice archive's exports, written once for both files: one row per invoice or
 * credit note, amounts signed as the list's totals count them (a credit note negative), what is
 * left to pay and what of it is overdue. The Excel sheet ends with a totals row that equals the
 * list's summary; the CSV has the rows only, so that it imports cleanly.
 */
final class InvoiceArchiveExport {

    private InvoiceArchiveExport() {
    }

    static void excel(HttpServletResponse response, PageContext page, InvoiceArchivePage archive) {
        ExcelDownload.send(response, page.t("invoices.export.filename") + ".xlsx", workbook -> {
            ExcelWorkbook.Sheet sheet = workbook.sheet(page.t("invoices.title"), columns(page));
            for (InvoiceSummary invoice : archive.invoices()) {
                sheet.row(values(page, invoice));
            }
            sheet.filter().totals(page.t("invoices.export.total"));
        });
    }

    static void csv(HttpServletResponse response, PageContext page, InvoiceArchivePage archive) {
        CsvDownload.send(response, page.t("invoices.export.filename") + ".csv", csv -> {
            csv.header(columns(page).stream().map(ExcelColumn::header).toList());
            for (InvoiceSummary invoice : archive.invoices()) {
                csv.row(values(page, invoice));
            }
        });
    }

    static List<ExcelColumn> columns(PageContext page) {
        return List.of(ExcelColumn.text(page.t("invoices.export.type"), 12),
                ExcelColumn.text(page.t("invoices.column.number"), 14),
                ExcelColumn.text(page.t("invoices.export.credits"), 14),
                ExcelColumn.text(page.t("invoices.column.customerNumber"), 14),
                ExcelColumn.text(page.t("invoices.export.customerName"), 24),
                ExcelColumn.date(page.t("invoices.column.issueDate")),
                ExcelColumn.date(page.t("invoices.column.dueDate")),
                ExcelColumn.date(page.t("invoices.export.periodStart")),
                ExcelColumn.date(page.t("invoices.export.periodEnd")),
                ExcelColumn.text(page.t("invoices.export.kid"), 22),
                ExcelColumn.money(page.t("invoices.summary.exclVat")),
                ExcelColumn.money(page.t("invoices.summary.vat")),
                ExcelColumn.money(page.t("invoices.column.total")),
                ExcelColumn.money(page.t("invoices.export.paid")),
                ExcelColumn.money(page.t("invoices.summary.open")),
                ExcelColumn.money(page.t("invoices.summary.overdue")),
                ExcelColumn.text(page.t("invoices.column.status"), 12));
    }

    private static Object[] values(PageContext page, InvoiceSummary invoice) {
        return new Object[] {page.t("invoice.type." + invoice.type().name()), String.valueOf(invoice.number()),
                invoice.creditedNumber() == null ? null : String.valueOf(invoice.creditedNumber()), invoice.customerNumber(),
                invoice.customerName(), invoice.issueDate(), invoice.dueDate(), invoice.periodStart(), invoice.periodEnd(),
                invoice.kid(), invoice.signedAmountExclVat(), invoice.signedVat(), invoice.signedTotal(), invoice.paid(),
                invoice.open(), invoice.overdue(), page.t("invoice.status." + invoice.status().name())};
    }
}
