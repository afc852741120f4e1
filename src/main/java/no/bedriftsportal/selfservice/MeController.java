package no.bedriftsportal.selfservice;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.bedriftsportal.costsharing.Classification;
import no.bedriftsportal.costsharing.ContentReporting;
import no.bedriftsportal.costsharing.EmployeeOverview;
import no.bedriftsportal.dashboard.OwnUsage;
import no.bedriftsportal.dashboard.Period;
import no.bedriftsportal.identity.EmployeePrincipal;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.web.PageContext;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.usage.OwnEvents;

/**
 * The employee's own pages (#15.2, #15.3): "Min side" with a subscription's month and what they
 * pay, their content purchases to classify, and their own calls and messages. Every page reads
 * the signed-in employee's own subscriptions only ({@link OwnSubscriptions}); the state (period,
 * subscription, month, page) is in the URL.
 */
@Controller
class MeController {

    static final int CALLS_PER_PAGE = 50;

    private final OwnSubscriptions own;
    private final OwnUsage usage;
    private final ContentReporting content;
    private final EmployeeOverview overview;
    private final OwnEvents events;
    private final Clock clock;

    MeController(OwnSubscriptions own, OwnUsage usage, ContentReporting content, EmployeeOverview overview, OwnEvents events,
            Clock clock) {
        this.own = own;
        this.usage = usage;
        this.content = content;
        this.overview = overview;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(EmployeePrincipal.HOME)
    String overview(@AuthenticationPrincipal EmployeePrincipal me, @ModelAttribute("page") PageContext page,
            @RequestParam(required = false) String period, @RequestParam(required = false) Long subscription, Model model) {
        List<Subscription> held = own.held(me);
        Subscription chosen = OwnSubscriptions.chosen(held, subscription);
        Period shown = Period.parse(period, Period.MONTHLY);
        YearMonth month = shown.month(Oslo.today(clock));
        model.addAttribute("me", me);
        model.addAttribute("held", held);
        model.addAttribute("chosen", chosen);
        model.addAttribute("period", shown);
        model.addAttribute("panel", usage.month(me.companyId(), chosen.id(), shown, page).orElse(null));
        model.addAttribute("estimate", shown == Period.THIS_MONTH ? overview.forSubscription(AccessScope.wholeCompany(me.companyId()),
                chosen.id(), month).filter(found -> found.invoiceControl() && found.estimate() != null).orElse(null) : null);
        model.addAttribute("result", content.result(me.companyId(), me.employeeId(), month)
                .filter(view -> view.employee().status() != null).orElse(null));
        model.addAttribute("content", content.month(me.companyId(), me.employeeId(), month));
        return "selfservice/overview";
    }

    @GetMapping(EmployeePrincipal.HOME + "/content")
    String content(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam(required = false) String month, Model model) {
        YearMonth shown = month == null ? defaultContentMonth(me) : parseMonth(month);
        model.addAttribute("me", me);
        model.addAttribute("view", content.month(me.companyId(), me.employeeId(), shown));
        model.addAttribute("months", contentMonths());
        model.addAttribute("result", content.result(me.companyId(), me.employeeId(), shown)
                .filter(view -> view.employee().status() != null).orElse(null));
        return "selfservice/content";
    }

    /**
     * Marks purchases of the month: each radio group {@code p:<cdrId>/<piece>}, or every purchase at
     * once with {@code all}. Then the page again, with the result computed anew.
     */
    @PostMapping(EmployeePrincipal.HOME + "/content")
    String classify(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam String month,
            @RequestParam(required = false) Classification all, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        YearMonth shown = parseMonth(month);
        Map<String, Classification> choices = new LinkedHashMap<>();
        if (all != null) {
            content.month(me.companyId(), me.employeeId(), shown).purchases()
                    .forEach(purchase -> choices.put(purchase.key(), all));
        } else {
            form.forEach((name, value) -> {
                if (name.startsWith("p:") && !value.isBlank()) {
                    choices.put(name.substring(2), classification(value));
                }
            });
        }
        int changed = content.classify(me.companyId(), me.employeeId(), shown, choices, me.name());
        redirect.addFlashAttribute("saved", changed);
        return "redirect:" + EmployeePrincipal.HOME + "/content?month=" + shown;
    }

    @GetMapping(EmployeePrincipal.HOME + "/calls")
    String calls(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam(required = false) String month,
            @RequestParam(required = false) Long subscription, @RequestParam(defaultValue = "0") int page, Model model) {
        YearMonth current = Oslo.monthOf(clock.instant());
        YearMonth shown = month == null ? current : parseMonth(month);
        YearMonth oldest = events.oldestKept();
        if (shown.isAfter(current) || shown.isBefore(oldest)) {
            shown = current;
        }
        List<Subscription> held = own.held(me);
        Subscription chosen = OwnSubscriptions.chosen(held, subscription);
        int from = Math.max(0, page) * CALLS_PER_PAGE;
        model.addAttribute("me", me);
        model.addAttribute("held", held);
        model.addAttribute("chosen", chosen);
        model.addAttribute("month", shown);
        model.addAttribute("months", monthsBetween(oldest, current));
        model.addAttribute("pageNumber", Math.max(0, page));
        model.addAttribute("calls", events.month(me.companyId(), own.windows(me, chosen, Oslo.startOf(oldest.atDay(1))), shown,
                from, CALLS_PER_PAGE));
        return "selfservice/calls";
    }

    /** The month whose purchases are due next: last month until its deadline, then this month. */
    private YearMonth defaultContentMonth(EmployeePrincipal me) {
        YearMonth current = Oslo.monthOf(clock.instant());
        return content.month(me.companyId(), me.employeeId(), current.minusMonths(1)).open() ? current.minusMonths(1) : current;
    }

    /** This month and the three before it: the months an employee looks back at. */
    private List<YearMonth> contentMonths() {
        YearMonth current = Oslo.monthOf(clock.instant());
        return List.of(current, current.minusMonths(1), current.minusMonths(2), current.minusMonths(3));
    }

    private static List<YearMonth> monthsBetween(YearMonth oldest, YearMonth newest) {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth month = newest; !month.isBefore(oldest); month = month.minusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static Classification classification(String value) {
        try {
            return Classification.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("classification", "me.content.error.classification", "classification is WORK or PRIVATE");
        }
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("month " + month);
        }
    }
}
