package no.bedriftsportal.identity;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Settings → audit log (S3): who did what and when, newest first, for super users. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditLogController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(PageContextAdvice.SETTINGS_PATH + "/audit")
    String auditLog(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String action, Model model) {
        int current = Math.max(page, 0);
        String filter = action == null || action.isBlank() ? null : action;
        List<AuditEvent> events = audit.page(me.companyId(), filter, current * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("events", events.size() > PAGE_SIZE ? events.subList(0, PAGE_SIZE) : events);
        model.addAttribute("pageNumber", current);
        model.addAttribute("hasNext", events.size() > PAGE_SIZE);
        model.addAttribute("action", filter);
        model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        return "identity/audit-log";
    }
}
