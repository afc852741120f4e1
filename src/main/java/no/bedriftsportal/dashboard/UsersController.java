package no.bedriftsportal.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.web.PageContext;

/** D6 and D7: the users card, its list (search, minimum, sort, pages) and a user's panel, each re-rendered on its own by htmx. */
@Controller
class UsersController {

    private final CachedCards cards;

    /** A user's panel, never cached: each opening is written to the audit log. */
    private final UsersCards panels;

    UsersController(CachedCards cards, UsersCards panels) {
        this.cards = cards;
        this.panels = panels;
    }

    /** The card for a new period. */
    @GetMapping("/dashboard/users")
    String card(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @ModelAttribute UsersParameters parameters, Model model) {
        model.addAttribute("card", cards.users(me, parameters, page));
        return "dashboard/users-card";
    }

    /** The list alone: a new search, minimum, sort or page. */
    @GetMapping("/dashboard/users/list")
    String list(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute UsersParameters parameters, Model model) {
        model.addAttribute("card", cards.usersList(me, parameters));
        return "dashboard/users-list";
    }

    /** One user's panel. */
    @GetMapping("/dashboard/users/{subscriptionId}")
    String panel(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @PathVariable long subscriptionId, @ModelAttribute UsersParameters parameters, Model model) {
        model.addAttribute("panel", panels.panel(me.scope(), subscriptionId, parameters.period(), page)
                .orElseThrow(() -> new NotFoundException("User")));
        return "dashboard/user-panel";
    }
}
