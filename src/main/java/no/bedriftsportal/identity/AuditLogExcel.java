package no.bedriftsportal.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelDownload;
import no.bedriftsportal.shared.excel.ExcelWorkbook;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The audit log as filtered, as an Excel file: one row per entry, newest first, with the words in
 * the reader's language (formula-safe text, {@link ExcelWorkbook}); at most {@value #MAX_ROWS}
 * rows. The download is itself an entry of the log.
 */
@Component
class AuditLogExcel {

    static final int MAX_ROWS = 20_000;

    private final AuditLog audit;
    private final AuditTrail trail;

    AuditLogExcel(AuditLog audit, AuditTrail trail) {
        this.audit = audit;
        this.trail = trail;
    }

    void send(long companyId, AuditLogParameters parameters, PageContext page, HttpServletResponse response) {
        List<AuditEvent> events = audit.page(companyId, parameters.filter(), 0, MAX_ROWS);
        trail.downloaded(Download.AUDIT_EXCEL, parameters.range());
        AuditWords words = new AuditWords(page);
        ExcelDownload.send(response, page.t("audit.excel.filename") + ".xlsx", workbook -> {
            ExcelWorkbook.Sheet sheet = workbook.sheet(page.t("settings.audit.title"), List.of(
                    ExcelColumn.dateTime(page.t("audit.column.time")), ExcelColumn.text(page.t("audit.column.actor"), 24),
                    ExcelColumn.text(page.t("audit.column.actorNumber"), 14), ExcelColumn.text(page.t("audit.column.action"), 24),
                    ExcelColumn.text(page.t("audit.column.subject"), 14), ExcelColumn.text(page.t("audit.column.details"), 80),
                    ExcelColumn.text(page.t("audit.column.address"), 16)));
            for (AuditEvent event : events) {
                sheet.row(event.occurredAt(), event.byOperator() ? page.t("audit.operator")
                        : event.byApiToken() ? page.t("audit.apiToken", nonNull(event.actorName())) : nonNull(event.actorName()),
                        event.byOperator() || event.byApiToken() ? "" : NorwegianFormat.msisdn(event.actor()),
                        page.message("audit.action." + event.action(), event.action()),
                        event.subject() == null ? "" : NorwegianFormat.msisdn(event.subject()), words.of(event),
                        nonNull(event.clientAddress()));
            }
            sheet.filter();
        });
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
