package no.bedriftsportal.insights;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.web.PageContext;

/**
 * Budsjett (X3, #18.3): the page with the month's budgets, cost so far and forecast per department and user, the
 * chart of the chosen department (month and department in the address), the form that sets a budget, and the card
 * the dashboard loads for users granted Innsikt (docs/adr/0029-budgets-and-forecast.md).
 */
@Controller
class BudgetController {

    /** Months back the page offers. */
    static final int MONTHS_BACK = 12;

    private final Budgets budgets;

    BudgetController(Budgets budgets) {
        this.budgets = budgets;
    }

    @GetMapping(BudgetPage.PATH)
    String page(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, Model model,
            @RequestParam(required = false) String month, @RequestParam(required = false) String department) {
        YearMonth chosen = month(month);
        Object flash = model.getAttribute("flash");
        model.addAttribute("budgets", view(me, page, chosen, department,
                BudgetInput.empty(budgets.thisMonth().toString()), Map.of(), flash == null ? null : flash.toString()));
        return "insights/budgets";
    }

    @PostMapping(BudgetPage.PATH)
    String set(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, Model model,
            @RequestParam Map<String, String> parameters, RedirectAttributes redirect, HttpServletResponse response) {
        BudgetInput input = new BudgetInput(parameters.get("customerNumber"), parameters.get("msisdn"), parameters.get("amount"),
                parameters.get("fromMonth"), "true".equals(parameters.get("remove")));
        try {
            BudgetLine line = budgets.set(me.scope(), input, me.name() == null || me.name().isBlank() ? me.msisdn() : me.name());
            String who = line.target().user() ? page.msisdn(line.target().msisdn()) : line.target().department();
            redirect.addFlashAttribute("flash", input.remove() ? page.t("budgets.flash.removed", who)
                    : page.t("budgets.flash.set", who, page.money(line.budget()), page.month(YearMonth.parse(input.fromMonth().isBlank()
                            ? budgets.thisMonth().toString() : input.fromMonth().strip()))));
            return "redirect:" + BudgetPage.PATH + "?department=" + line.target().customerNumber();
        } catch (BudgetInvalid invalid) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.messageKey()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String department = parameters.get("customerNumber");
            model.addAttribute("budgets", view(me, page, budgets.thisMonth(), department == null || department.isBlank() ? null
                    : department, input, problems, null));
            return "insights/budgets";
        }
    }

    /** The dashboard's card: this month's figures of all departments and the departments whose forecast passes. */
    @GetMapping(BudgetPage.PATH + "/card")
    String card(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, Model model) {
        model.addAttribute("budgets", view(me, page, budgets.thisMonth(), null, BudgetInput.empty(""), Map.of(), null));
        return "insights/budgets-card";
    }

    private BudgetPage view(PortalPrincipal me, PageContext page, YearMonth month, String department, BudgetInput form,
            Map<String, String> problems, String flash) {
        List<BudgetLine> lines = budgets.overview(me.scope(), month);
        String chosen = department != null && lines.stream().anyMatch(line -> line.target().customerNumber().equals(department))
                ? department : null;
        BudgetPage.Summary summary = BudgetChart.summary(lines, chosen, page.t("budgets.allDepartments"));
        String chart = BudgetChart.json(month, lines, chosen, summary, Map.of("actual", page.t("budgets.chart.actual"),
                "forecast", page.t("budgets.chart.forecast"), "budget", page.t("budgets.chart.budget"),
                "interval", page.t("budgets.chart.interval")));
        YearMonth now = budgets.thisMonth();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i <= MONTHS_BACK; i++) {
            months.add(now.minusMonths(i));
        }
        List<YearMonth> fromMonths = new ArrayList<>();
        for (int i = 0; i <= Budgets.MONTHS_AHEAD; i++) {
            fromMonths.add(now.plusMonths(i));
        }
        BudgetInput shown = form.customerNumber().isEmpty() && chosen != null
                ? new BudgetInput(chosen, form.msisdn(), form.amount(), form.fromMonth(), false) : form;
        return new BudgetPage(month, now, chosen, months, lines, summary, chart, fromMonths, shown, problems, flash);
    }

    private YearMonth month(String text) {
        YearMonth now = budgets.thisMonth();
        if (text == null || text.isBlank()) {
            return now;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.isAfter(now) || month.isBefore(now.minusMonths(MONTHS_BACK)) ? now : month;
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
