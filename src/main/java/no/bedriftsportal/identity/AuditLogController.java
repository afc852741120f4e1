package no.bedriftsportal.identity;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.web.PageContext;

/**
 * Settings → audit log (S3), for super users: the company's log, newest first, in words, filtered
 * by action, person and date range with the state in the URL, a page at a time, and as an Excel
 * file (whose download is itself logged). There is no route that changes or removes an entry.
 */
@Controller
class AuditLogController {

    static final String PATH = PageContextAdvice.SETTINGS_PATH + "/audit";
    static final String EXCEL = PATH + ".xlsx";
    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final AuditLogExcel excel;

    AuditLogController(AuditLog audit, AuditLogExcel excel) {
        this.audit = audit;
        this.excel = excel;
    }

    @GetMapping(PATH)
    String auditLog(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @ModelAttribute("parameters") AuditLogParameters parameters, Model model) {
        int current = parameters.pageNumber();
        List<AuditEvent> events = audit.page(me.companyId(), parameters.filter(), current * PAGE_SIZE, PAGE_SIZE + 1);
        AuditWords words = new AuditWords(page);
        List<AuditLine> lines = events.stream().limit(PAGE_SIZE).map(event -> new AuditLine(event, words.of(event))).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("pageNumber", current);
        model.addAttribute("previous", current > 0 ? parameters.url(PATH, current - 1) : null);
        model.addAttribute("next", events.size() > PAGE_SIZE ? parameters.url(PATH, current + 1) : null);
        model.addAttribute("excel", parameters.url(EXCEL, 0));
        model.addAttribute("errors", parameters.errors());
        model.addAttribute("action", parameters.knownAction());
        model.addAttribute("person", parameters.personFilter());
        model.addAttribute("from", parameters.shown(parameters.from()));
        model.addAttribute("to", parameters.shown(parameters.to()));
        model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        return "identity/audit-log";
    }

    @GetMapping(EXCEL)
    void excel(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @ModelAttribute("parameters") AuditLogParameters parameters, HttpServletResponse response) {
        excel.send(me.companyId(), parameters, page, response);
    }
}
