package no.bedriftsportal.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.excel.ExcelDownload;
import no.bedriftsportal.shared.web.PageContext;

/**
 * D6 and D7: the users card, its list (search, minimum, sort, pages) and a user's panel, each
 * re-rendered on its own by htmx, and the list as an Excel file (in the audit log).
 */
@Controller
class UsersController {

    static final String EXCEL = "/dashboard/users.xlsx";

    private final CachedCards cards;

    /** A user's panel and the Excel file, never cached: each opening and download is written to the audit log. */
    private final UsersCards users;
    private final AuditTrail audit;

    UsersController(CachedCards cards, UsersCards users, AuditTrail audit) {
        this.cards = cards;
        this.users = users;
        this.audit = audit;
    }

    /** The card for a new period. */
    @GetMapping("/dashboard/users")
    String card(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @ModelAttribute UsersParameters parameters, Model model) {
        model.addAttribute("card", cards.users(me, parameters, page));
        return "dashboard/users-card";
    }

    /** The list alone: a new search, minimum, sort or page; and the ⋮ menu's Excel link for it (out of band). */
    @GetMapping("/dashboard/users/list")
    String list(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute UsersParameters parameters, Model model) {
        model.addAttribute("card", cards.usersList(me, parameters));
        model.addAttribute("outOfBand", true);
        return "dashboard/users-list";
    }

    /** Every user the list finds (all pages), in its order, with a totals row. */
    @GetMapping(EXCEL)
    void excel(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @ModelAttribute UsersParameters parameters, HttpServletResponse response) {
        UsersExcel.Users every = users.everyUser(me.scope(), parameters);
        audit.downloaded(Download.USERS_EXCEL, UsersExcel.MONTH.format(every.month()));
        ExcelDownload.send(response, page.t("dashboard.users.excel.filename") + "-" + every.month() + ".xlsx",
                workbook -> UsersExcel.write(workbook, page, every));
    }

    /** One user's panel. */
    @GetMapping("/dashboard/users/{subscriptionId}")
    String panel(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @PathVariable long subscriptionId, @ModelAttribute UsersParameters parameters, Model model) {
        model.addAttribute("panel", users.panel(me.scope(), subscriptionId, parameters.period(), page,
                me.may(PortalModule.INVOICE_CONTROL))
                .orElseThrow(() -> new NotFoundException("User")));
        return "dashboard/user-panel";
    }
}
