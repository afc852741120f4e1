package no.bedriftsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ProductGroupCount;
import no.bedriftsportal.subscription.Subscriptions;

/** The landing page after login (G3): the dashboard of the user's company. */
@Controller
class DashboardController {

    private final Subscriptions subscriptions;
    private final Clock clock;

    DashboardController(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        LocalDate today = Oslo.today(clock);
        List<ProductGroupCount> counts = subscriptions.countByProductGroup(me.scope(), today);
        model.addAttribute("subscriptions", new SubscriptionsCard(Period.DAYS_30, today, counts,
                counts.stream().mapToLong(ProductGroupCount::count).sum(), List.of()));
        return "dashboard/dashboard";
    }
}
