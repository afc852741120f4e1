package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The landing page after login (G3): the dashboard of the user's company, with the cards of the
 * modules the user is granted. The page renders every card at once; each card also has its own
 * endpoint, so that changing a card's period re-renders only that card (htmx). Each card's period
 * is a request parameter named after the card, so the page works without JavaScript too; the page
 * renders D5's filter and D7's list from the same query string, which dashboard.js keeps in the address.
 */
@Controller
class DashboardController {

    static final String SUBSCRIPTIONS = "subscriptions";
    static final String COSTS = "costs";

    static final int LATEST_INVOICES = 5;

    /** Every card's figures, kept until the company's data changes (docs/adr/0012-card-cache.md). */
    private final CachedCards cards;
    private final Invoices invoices;

    DashboardController(CachedCards cards, Invoices invoices) {
        this.cards = cards;
        this.invoices = invoices;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, Model model,
            @RequestParam(name = SUBSCRIPTIONS, required = false) String subscriptionsPeriod,
            @RequestParam(name = COSTS, required = false) String costMonths,
            @RequestParam(name = WorldCard.PARAMETER, required = false) String worldPeriod,
            @RequestParam(name = DataController.DATA, required = false) String dataPeriod,
            @ModelAttribute UsersParameters usersParameters, @RequestParam Map<String, String> parameters) {
        model.addAttribute("attention", cards.attention(me));
        model.addAttribute(SUBSCRIPTIONS, cards.subscriptions(me, subscriptionsPeriod));
        model.addAttribute(COSTS, costsCard(me, costMonths, page));
        // Budsjett's card (#18.3) is loaded from /insights/budgets/card, only for users granted Innsikt (ADR 0029)
        model.addAttribute("budgetsCard", me.may(PortalModule.INSIGHTS));
        if (me.may(PortalModule.INVOICES)) {
            model.addAttribute("invoices", new InvoicesCard(cards.latestInvoices(me, LATEST_INVOICES), cards.openInvoices(me),
                    invoices.bankAccount()));
        }
        model.addAttribute(WorldCard.PARAMETER, cards.world(me, worldPeriod, page));
        model.addAttribute(DataController.DATA, cards.data(me, dataPeriod, DataFilter.of(parameters), page));
        model.addAttribute("users", cards.users(me, usersParameters, page));
        return "dashboard/dashboard";
    }

    /** D1 alone, for a new period. */
    @GetMapping("/dashboard/subscriptions")
    String subscriptions(@AuthenticationPrincipal PortalPrincipal me, Model model,
            @RequestParam(name = SUBSCRIPTIONS, required = false) String period) {
        model.addAttribute("card", cards.subscriptions(me, period));
        return "dashboard/subscriptions-card";
    }

    /** D2 alone, for a new length of history. */
    @GetMapping("/dashboard/costs")
    String costs(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, Model model,
            @RequestParam(name = COSTS, required = false) String months) {
        model.addAttribute("card", costsCard(me, months, page));
        return "dashboard/costs-card";
    }

    private CostsCard costsCard(PortalPrincipal me, String monthsParameter, PageContext page) {
        int months = CostsCard.parseMonths(monthsParameter);
        List<MonthlyCost> history = cards.costs(me, months);
        List<String> labels = new ArrayList<>();
        for (MonthlyCost month : history) {
            labels.add(page.shortMonth(month.month()));
        }
        List<Map<String, Object>> series = List.of(
                series("data", page.t("dashboard.costs.data"), history, MonthlyCost::data),
                series("traffic", page.t("dashboard.costs.traffic"), history, MonthlyCost::traffic),
                series("other", page.t("dashboard.costs.other"), history, MonthlyCost::other));
        return new CostsCard(months, history, ChartJson.write(Map.of("labels", labels, "series", series,
                "partialLabel", page.t("dashboard.costs.soFar"))));
    }

    private static Map<String, Object> series(String key, String name, List<MonthlyCost> history,
            Function<MonthlyCost, BigDecimal> value) {
        return Map.of("key", key, "name", name, "values", history.stream().map(value).toList());
    }
}
