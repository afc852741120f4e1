package no.bedriftsportal.reporting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.web.Htmx;

/**
 * The three actions under a report (#16.6, {@code reporting/actions.jte}): save it, send it now,
 * and save it with a schedule. Each form posts the report's query as the page has it; htmx gets
 * the form back in place (with what was done, or a message beside each refused field), a browser
 * without script a page of its own.
 */
@Controller
class ReportActionsController {

    static final String SAVE = "save";
    static final String SEND = "send";
    static final String SCHEDULE = "schedule";

    private final SavedReports saved;
    private final ReportSchedules schedules;
    private final SendReport sender;
    private final FormErrors errors;
    private final MessageSource messages;

    ReportActionsController(SavedReports saved, ReportSchedules schedules, SendReport sender, FormErrors errors,
            MessageSource messages) {
        this.saved = saved;
        this.schedules = schedules;
        this.sender = sender;
        this.errors = errors;
        this.messages = messages;
    }

    @PostMapping("/reports/{code}/save")
    String save(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String code, @RequestParam Map<String, String> form,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        String query = form.getOrDefault("query", "");
        try {
            SavedReport report = saved.save(Requester.of(me), code, query, form.get("name"), format(form.get("format")));
            return done(SAVE, code, query, t("reports.saved.done", locale, report.name()), model, request, redirect);
        } catch (InvalidInputException e) {
            return refused(SAVE, code, form, e, model, request, response, locale);
        }
    }

    @PostMapping("/reports/{code}/send")
    String send(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String code, @RequestParam Map<String, String> form,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        String query = form.getOrDefault("query", "");
        try {
            ReportRequest report = SavedQuery.parse(SavedQuery.kind(code), query);
            SendReport.Sent sent = sender.send(Requester.of(me), report, format(form.get("format")), form.get("recipients"),
                    form.get("message"), locale);
            return done(SEND, code, query, t("reports.send.done", locale, String.join(", ", sent.recipients())), model, request,
                    null);
        } catch (InvalidInputException e) {
            return refused(SEND, code, form, e, model, request, response, locale);
        }
    }

    @PostMapping("/reports/{code}/schedule")
    String schedule(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String code,
            @RequestParam Map<String, String> form, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        String query = form.getOrDefault("query", "");
        Requester requester = Requester.of(me);
        try {
            ScheduleForm schedule = ScheduleFields.read(form);
            SavedReport report = schedules.saveWithSchedule(requester, code, query, form.get("name"), schedule);
            return done(SCHEDULE, code, query, t("reports.schedule.done", locale, report.name()), model, request, redirect);
        } catch (InvalidInputException e) {
            return refused(SCHEDULE, code, form, e, model, request, response, locale);
        }
    }

    private String done(String action, String code, String query, String message, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!Htmx.isHtmxRequest(request) && redirect != null) {
            redirect.addFlashAttribute("flash", message);
            return "redirect:" + SavedReportsController.PATH;
        }
        model.addAttribute("form", new FormState(Map.of(), Map.of(), message));
        return view(action, code, query, model, request);
    }

    private String refused(String action, String code, Map<String, String> form, InvalidInputException e, Model model,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!Htmx.isHtmxRequest(request)) {
            // htmx swaps only a 2xx answer: its panel comes back with the errors beside the fields as 200
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        model.addAttribute("form", new FormState(typed, errors.of(e, locale), null));
        return view(action, code, form.getOrDefault("query", ""), model, request);
    }

    private static String view(String action, String code, String query, Model model, HttpServletRequest request) {
        model.addAttribute("kindCode", code);
        model.addAttribute("query", query);
        model.addAttribute("action", action);
        return Htmx.view(request, "reporting/saved-action", "reporting/saved-" + action);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    static ReportFormat format(String value) {
        return value == null || value.isBlank() ? ReportFormat.EXCEL : ReportFormat.parse(value);
    }
}
