package no.bedriftsportal.costsharing;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.messaging.SendLog;
import no.bedriftsportal.messaging.SendLogEntry;
import no.bedriftsportal.shared.api.CursorPage;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelDownload;
import no.bedriftsportal.shared.web.Htmx;
import no.bedriftsportal.shared.web.PageContext;

/**
 * Fakturakontroll → Utsendelser (#15.4): the company's SMS and e-mails with their status, filtered
 * in the URL, older pages by cursor, and the selection as Excel (in the audit log). The log is the
 * whole company's, so only a user who sees every customer number opens it (others get 403, as for
 * changing profiles: {@link CompanyWideRules}).
 */
@Controller
class SendLogController {

    static final int PAGE_SIZE = 50;
    /** An export holds at most this many messages, the newest. */
    static final int EXPORT_LIMIT = 100_000;

    private final SendLog log;
    private final AuditTrail audit;

    SendLogController(SendLog log, AuditTrail audit) {
        this.log = log;
        this.audit = audit;
    }

    @GetMapping(SendLogQuery.PATH)
    String page(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String cursor, HttpServletRequest request,
            Model model) {
        CompanyWideRules.requireWholeCompany(me.scope());
        SendLogQuery query = SendLogQuery.parse(channel, status, recipient, purpose, from, to);
        CursorPage<SendLogEntry> entries = log.page(me.companyId(), query.filter(), cursor, PAGE_SIZE);
        model.addAttribute("view", new SendLogPage(query, entries.items(), entries.nextCursor(), cursor != null && !cursor.isEmpty()));
        return Htmx.view(request, "costsharing/send-log", "costsharing/send-log-results");
    }

    @GetMapping(SendLogQuery.EXCEL)
    void excel(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @ModelAttribute("page") PageContext page, HttpServletResponse response) {
        CompanyWideRules.requireWholeCompany(me.scope());
        SendLogQuery query = SendLogQuery.parse(channel, status, recipient, purpose, from, to);
        audit.downloaded(Download.SEND_LOG_EXCEL, query.parameters().isEmpty() ? "–" : query.parameters());
        ExcelDownload.send(response, page.t("invoiceControl.sendLog.export.filename") + ".xlsx", workbook -> {
            var sheet = workbook.sheet(page.t("invoiceControl.sendLog.export.sheet"), List.of(
                    ExcelColumn.dateTime(page.t("invoiceControl.sendLog.export.queuedAt")),
                    ExcelColumn.dateTime(page.t("invoiceControl.sendLog.export.sentAt")),
                    ExcelColumn.text(page.t("invoiceControl.sendLog.column.channel"), 8),
                    ExcelColumn.text(page.t("invoiceControl.sendLog.column.to"), 30),
                    ExcelColumn.text(page.t("invoiceControl.sendLog.column.purpose"), 18),
                    ExcelColumn.text(page.t("invoiceControl.sendLog.export.subject"), 40),
                    ExcelColumn.text(page.t("invoiceControl.sendLog.export.text"), 60),
                    ExcelColumn.text(page.t("invoiceControl.sendLog.column.status"), 10),
                    ExcelColumn.count(page.t("invoiceControl.sendLog.column.attempts")),
                    ExcelColumn.text(page.t("invoiceControl.sendLog.column.error"), 50)));
            log.export(me.companyId(), query.filter(), EXPORT_LIMIT, e -> sheet.row(e.queuedAt(), e.sentAt(),
                    page.t("messaging.channel." + e.channel().name()),
                    SendLogPage.recipient(page, e),
                    SendLogPage.purpose(page, e), e.subject(), SendLogPage.text(page, e),
                    page.t("messaging.status." + e.status().name()), e.attempts(), e.lastError()));
            sheet.filter();
        });
    }
}
