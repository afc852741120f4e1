package no.bedriftsportal.insights;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.csv.CsvDownload;
import no.bedriftsportal.shared.excel.ExcelDownload;

/**
 * Innsikt → Sparetips (X1, #18.1): the scope's savings advice with its totals, filters and sort in the URL, and the
 * same list as Excel or CSV (audited as downloads). Users granted INSIGHTS see their customer numbers' advice.
 */
@Controller
class AdviceController {

    private final Advice advice;
    private final AdviceExport export;
    private final AdviceWords words;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    AdviceController(Advice advice, AdviceExport export, AdviceWords words, AuditTrail audit, java.time.Clock clock) {
        this.advice = advice;
        this.export = export;
        this.words = words;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(AdviceQuery.PATH)
    String page(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters,
            HttpServletRequest request, Model model) {
        AdviceQuery query = AdviceQuery.parse(parameters::get);
        model.addAttribute("advice", new AdviceView(advice.report(me.scope(), query), words,
                RequestContextUtils.getLocale(request)));
        return "insights/advice";
    }

    @GetMapping(AdviceQuery.PATH + "/export.xlsx")
    void excel(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters,
            HttpServletRequest request, HttpServletResponse response) {
        AdviceQuery query = AdviceQuery.parse(parameters::get);
        audit.downloaded(Download.ADVICE_EXCEL, reference(query));
        ExcelDownload.send(response, export.fileName(Oslo.today(clock), "xlsx"),
                workbook -> export.excel(me.scope(), query, RequestContextUtils.getLocale(request), workbook));
    }

    @GetMapping(AdviceQuery.PATH + "/export.csv")
    void csv(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters,
            HttpServletRequest request, HttpServletResponse response) {
        AdviceQuery query = AdviceQuery.parse(parameters::get);
        audit.downloaded(Download.ADVICE_CSV, reference(query));
        CsvDownload.send(response, export.fileName(Oslo.today(clock), "csv"),
                writer -> export.csv(me.scope(), query, RequestContextUtils.getLocale(request), writer));
    }

    private static String reference(AdviceQuery query) {
        String filter = query.filterQuery();
        return filter.isEmpty() ? "alle" : filter;
    }
}
