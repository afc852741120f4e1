package no.bedriftsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ProductGroupCount;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The landing page after login (G3): the dashboard of the user's company, with the cards of the
 * modules the user is granted.
 */
@Controller
class DashboardController {

    static final int LATEST_INVOICES = 5;

    private final Subscriptions subscriptions;
    private final Invoices invoices;
    private final Clock clock;

    DashboardController(Subscriptions subscriptions, Invoices invoices, Clock clock) {
        this.subscriptions = subscriptions;
        this.invoices = invoices;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        LocalDate today = Oslo.today(clock);
        List<ProductGroupCount> counts = subscriptions.countByProductGroup(me.scope(), today);
        model.addAttribute("subscriptions", new SubscriptionsCard(today, counts,
                counts.stream().mapToLong(ProductGroupCount::count).sum()));
        if (me.may(PortalModule.INVOICES)) {
            model.addAttribute("invoices",
                    new InvoicesCard(invoices.latest(me.scope(), LATEST_INVOICES), invoices.bankAccount()));
        }
        return "dashboard/dashboard";
    }
}
