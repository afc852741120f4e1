package no.bedriftsportal.costsharing;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelDownload;
import no.bedriftsportal.shared.excel.ExcelWorkbook;
import no.bedriftsportal.shared.web.PageContext;

/**
 * Resultater (IC1, IC7; issue #14.5 and #14.7): a month's results with totals and employees, one
 * employee's lines with their events, the month as Excel, and the payroll file from final results
 * (or the reason it cannot be made, with whom to fix). Everything within the user's scope; every
 * download is in the audit log.
 */
@Controller
class ResultsController {

    static final String LIST = "/invoice-control/results";
    static final String MONTH = LIST + "/{month:\\d{4}-\\d{2}}";

    private final Results results;
    private final AuditTrail audit;

    ResultsController(Results results, AuditTrail audit) {
        this.results = results;
        this.audit = audit;
    }

    @GetMapping(LIST)
    String month(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String month, Model model) {
        YearMonth shown = parseOr(month, null);
        if (shown == null) {
            shown = results.defaultMonth(me.scope());
        }
        List<YearMonth> months = new java.util.ArrayList<>(results.months(me.scope()));
        if (!months.contains(shown)) {
            months.add(shown);
            months.sort(java.util.Comparator.reverseOrder());
        }
        model.addAttribute("view", results.month(me.scope(), shown));
        model.addAttribute("months", months);
        model.addAttribute("formats", List.of(PayrollFormat.values()));
        return "costsharing/results";
    }

    @GetMapping(MONTH + "/employees/{employeeId:\\d+}")
    String employee(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String month, @PathVariable long employeeId,
            Model model) {
        YearMonth shown = path(month);
        model.addAttribute("view", results.employee(me.scope(), shown, employeeId)
                .orElseThrow(() -> new NotFoundException("employee " + employeeId)));
        return "costsharing/result-employee";
    }

    @GetMapping(MONTH + "/excel")
    void excel(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String month, @ModelAttribute("page") PageContext page,
            HttpServletResponse response) {
        YearMonth shown = path(month);
        Results.MonthView view = results.month(me.scope(), shown);
        Map<Long, List<Results.LineView>> lines = results.lines(me.scope(), shown);
        audit.downloaded(Download.COSTSHARING_RESULTS_EXCEL, shown.toString());
        ExcelDownload.send(response, page.t("invoiceControl.results.export.filename", shown.toString()) + ".xlsx",
                workbook -> ResultsExport.write(workbook, page, view, lines));
    }

    @GetMapping(MONTH + "/payroll")
    Object payroll(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String month,
            @RequestParam(defaultValue = "CSV") String format, Model model) {
        YearMonth shown = path(month);
        PayrollFormat chosen = format(format);
        Results.Payroll payroll = results.payroll(me.scope(), shown, chosen);
        if (payroll.refused()) {
            model.addAttribute("month", shown);
            model.addAttribute("payroll", payroll);
            return "costsharing/payroll-refused";
        }
        audit.downloaded(Download.PAYROLL_FILE, shown + ", " + payrollName(chosen));
        return file(payroll, chosen);
    }

    /** The file as the API and the page send it. */
    static ResponseEntity<byte[]> file(Results.Payroll payroll, PayrollFormat format) {
        MediaType type = format == PayrollFormat.CSV || format == PayrollFormat.TRIPLETEX ? MediaType.parseMediaType("text/csv")
                : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(payroll.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(payroll.content());
    }

    static String payrollName(PayrollFormat format) {
        return switch (format) {
            case VISMA_LONN -> "Visma Lønn";
            case TRIPLETEX -> "Tripletex";
            case HULDT_LILLEVIK -> "Huldt & Lillevik";
            case CSV -> "CSV";
        };
    }

    static PayrollFormat format(String format) {
        try {
            return PayrollFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new no.bedriftsportal.shared.InvalidInputException("format", "invoiceControl.results.payroll.format.invalid",
                    "format must be one of VISMA_LONN, TRIPLETEX, HULDT_LILLEVIK, CSV");
        }
    }

    static YearMonth path(String month) {
        YearMonth parsed = parseOr(month, null);
        if (parsed == null) {
            throw new NotFoundException("month " + month);
        }
        return parsed;
    }

    static YearMonth parseOr(String month, YearMonth fallback) {
        if (month == null || month.isBlank()) {
            return fallback;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            return parsed.getYear() < 2000 || parsed.getYear() > 2999 ? fallback : parsed;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The Excel file of a month: the employees with totals, and every line. */
    static final class ResultsExport {

        private ResultsExport() {
        }

        static void write(ExcelWorkbook workbook, PageContext page, Results.MonthView view,
                Map<Long, List<Results.LineView>> lines) {
            ExcelWorkbook.Sheet employees = workbook.sheet(page.t("invoiceControl.results.employees"), List.of(
                    ExcelColumn.text(page.t("invoiceControl.results.employee"), 28),
                    ExcelColumn.text(page.t("invoiceControl.results.employeeNumber"), 14),
                    ExcelColumn.money(page.t("invoiceControl.results.deduction")),
                    ExcelColumn.money(page.t("invoiceControl.results.benefit")),
                    ExcelColumn.money(page.t("invoiceControl.results.notDeducted")),
                    ExcelColumn.text(page.t("invoiceControl.results.noAgreement"), 12),
                    ExcelColumn.text(page.t("invoiceControl.results.status.FINAL"), 12)));
            for (Results.EmployeeRow row : view.employees()) {
                employees.row(row.name(), row.employeeNumber(), row.deduction(), row.benefit(), row.notDeducted(),
                        row.agreementMissing() ? "✗" : null, status(page, view, row.status()));
            }
            employees.filter().totals(page.t("invoiceControl.results.export.total"));
            ExcelWorkbook.Sheet sheet = workbook.sheet(page.t("invoiceControl.results.export.lines"), List.of(
                    ExcelColumn.text(page.t("invoiceControl.results.employee"), 28),
                    ExcelColumn.text(page.t("invoiceControl.results.employeeNumber"), 14),
                    ExcelColumn.text(page.t("invoiceControl.results.detail.subscription"), 16),
                    ExcelColumn.text(page.t("invoiceControl.results.detail.profile"), 28),
                    ExcelColumn.text(page.t("invoiceControl.results.detail.rule"), 36),
                    ExcelColumn.text(page.t("invoiceControl.results.detail.treatment"), 22),
                    ExcelColumn.money(page.t("invoiceControl.results.detail.amount"))));
            for (Results.EmployeeRow row : view.employees()) {
                for (Results.LineView line : lines.getOrDefault(row.employeeId(), List.of())) {
                    sheet.row(row.name(), row.employeeNumber(), line.msisdn() == null ? null : page.msisdn(line.msisdn()),
                            line.profileName() == null ? null
                                    : page.t("invoiceControl.results.detail.profileVersion", line.profileName(), line.profileVersion()),
                            Results.ruleWords(page, line), page.t("invoiceControl.results.treatment." + line.treatment().name()),
                            line.amount());
                }
            }
            sheet.filter();
        }

        private static String status(PageContext page, Results.MonthView view, String status) {
            return "FINAL".equals(status) ? page.t("invoiceControl.results.status.FINAL")
                    : page.t("invoiceControl.results.status.PRELIMINARY", page.date(view.deadline()));
        }
    }
}
