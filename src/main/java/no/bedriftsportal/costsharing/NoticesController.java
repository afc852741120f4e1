package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;

/**
 * Fakturakontroll → Varsler (IC6, #15.4, #15.8): for a usage month, the deadline, who has marked
 * their content purchases and who has not, when each was told and by which channels; the free
 * text added to every notice, each employee's channels, and a reminder to those not done. Anyone
 * with invoice control sees the employees of their customer numbers; changes are company-wide
 * ({@link CompanyWideRules}), as for the settings.
 */
@Controller
class NoticesController {

    static final String PATH = "/invoice-control/notices";

    private final ContentNotices notices;
    private final MessageSource messages;
    private final Clock clock;

    NoticesController(ContentNotices notices, MessageSource messages, Clock clock) {
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("canChange")
    boolean canChange(@AuthenticationPrincipal PortalPrincipal me) {
        return me != null && CompanyWideRules.allows(me.scope());
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String month, Model model) {
        YearMonth shown = month == null ? Oslo.monthOf(clock.instant()).minusMonths(1) : parse(month);
        model.addAttribute("overview", notices.overview(me.scope(), shown));
        model.addAttribute("months", months());
        return "costsharing/notices";
    }

    @PostMapping(PATH + "/free-text")
    String freeText(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String freeText,
            @RequestParam String month, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        CompanyWideRules.requireWholeCompany(me.scope());
        YearMonth shown = parse(month);
        try {
            notices.setFreeText(me.companyId(), freeText, ChangedBy.of(me).rowName());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("overview", notices.overview(me.scope(), shown));
            model.addAttribute("months", months());
            model.addAttribute("freeTextTyped", freeText);
            model.addAttribute("freeTextError", messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale));
            return "costsharing/notices";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("invoiceControl.notices.freeText.saved", null, locale));
        return "redirect:" + PATH + "?month=" + shown;
    }

    @PostMapping(PATH + "/channels")
    String channels(@AuthenticationPrincipal PortalPrincipal me, @RequestParam long employeeId,
            @RequestParam(defaultValue = "false") boolean sms, @RequestParam(defaultValue = "false") boolean email,
            @RequestParam String month, RedirectAttributes redirect, Locale locale) {
        CompanyWideRules.requireWholeCompany(me.scope());
        notices.setChannels(me.scope(), employeeId, new ContentNotices.Channels(sms, email), ChangedBy.of(me).rowName());
        redirect.addFlashAttribute("flash", messages.getMessage("invoiceControl.notices.channels.saved", null, locale));
        return "redirect:" + PATH + "?month=" + parse(month);
    }

    @PostMapping(PATH + "/{month}/reminders")
    String remind(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String month, RedirectAttributes redirect,
            Locale locale) {
        CompanyWideRules.requireWholeCompany(me.scope());
        YearMonth shown = parse(month);
        int reminded = notices.remind(me.scope(), shown, ChangedBy.of(me).rowName());
        redirect.addFlashAttribute("flash", messages.getMessage("invoiceControl.notices.reminded", new Object[] {reminded}, locale));
        return "redirect:" + PATH + "?month=" + shown;
    }

    /** This month and the three before it: a month is reported on until its deadline early in the next. */
    private List<YearMonth> months() {
        YearMonth current = Oslo.monthOf(clock.instant());
        return List.of(current, current.minusMonths(1), current.minusMonths(2), current.minusMonths(3));
    }

    static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("month " + month);
        }
    }
}
