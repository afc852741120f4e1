package no.bedriftsportal.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.InvalidInputException;

/**
 * Rapporter → Lagrede rapporter (#16.6): the saved reports the user sees, each to run, download,
 * rename or delete, with its schedule; a schedule's own page to set, change, switch or delete it
 * and its send log; and, for a super user, the domains reports may be sent to.
 */
@Controller
class SavedReportsController {

    static final String PATH = "/reports/saved";

    private final SavedReports saved;
    private final ReportSchedules schedules;
    private final FormErrors errors;
    private final ReportLabels labels;
    private final MessageSource messages;

    SavedReportsController(SavedReports saved, ReportSchedules schedules, FormErrors errors, ReportLabels labels,
            MessageSource messages) {
        this.saved = saved;
        this.schedules = schedules;
        this.errors = errors;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        return listPage(me, model, FormState.empty(), null);
    }

    @PostMapping(PATH + "/{id}/rename")
    String rename(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            SavedReport report = saved.rename(Requester.of(me), id, name);
            return redirect(redirect, t("reports.saved.renamed", locale, report.name()), PATH);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(me, model, new FormState(Map.of("name", name), errors.of(e, locale), null), id);
        }
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        String name = saved.get(Requester.of(me), id).name();
        saved.delete(Requester.of(me), id);
        return redirect(redirect, t("reports.saved.deleted", locale, name), PATH);
    }

    @PostMapping("/reports/domains")
    String domains(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String domains, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            saved.setDomains(Requester.of(me), domains);
            return redirect(redirect, t("reports.domains.saved", locale), PATH);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(me, model, new FormState(Map.of("domains", domains), errors.of(e, locale), null), null);
        }
    }

    @GetMapping(PATH + "/{id}/schedule")
    String schedule(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, Model model) {
        return schedulePage(me, id, model, FormState.empty());
    }

    @PostMapping(PATH + "/{id}/schedule")
    String saveSchedule(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            schedules.save(Requester.of(me), id, ScheduleFields.read(form));
            return redirect(redirect, t("reports.schedule.saved", locale), PATH + "/" + id + "/schedule");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> typed = new LinkedHashMap<>(form);
            typed.remove("_csrf");
            return schedulePage(me, id, model, new FormState(typed, errors.of(e, locale), null));
        }
    }

    @PostMapping(PATH + "/{id}/schedule/switch")
    String switchSchedule(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, @RequestParam boolean on,
            RedirectAttributes redirect, Locale locale) {
        schedules.switchTo(Requester.of(me), id, on);
        return redirect(redirect, t(on ? "reports.schedule.switchedOn" : "reports.schedule.switchedOff", locale), PATH);
    }

    @PostMapping(PATH + "/{id}/schedule/delete")
    String deleteSchedule(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, RedirectAttributes redirect,
            Locale locale) {
        schedules.delete(Requester.of(me), id);
        return redirect(redirect, t("reports.schedule.deleted", locale), PATH);
    }

    private String listPage(PortalPrincipal me, Model model, FormState form, Long renaming) {
        List<SavedReport> reports = saved.list(Requester.of(me));
        model.addAttribute("reports", reports);
        model.addAttribute("titles", titles(reports, LocaleContextHolder.getLocale()));
        model.addAttribute("domains", saved.domains(me.companyId()));
        model.addAttribute("superUser", me.superUser());
        model.addAttribute("form", form);
        model.addAttribute("renaming", renaming);
        return "reporting/saved";
    }

    private String schedulePage(PortalPrincipal me, long id, Model model, FormState form) {
        Requester requester = Requester.of(me);
        SavedReport report = saved.get(requester, id);
        model.addAttribute("report", report);
        model.addAttribute("runs", report.schedule() == null ? List.of() : schedules.runs(requester, id));
        model.addAttribute("form", form);
        return "reporting/schedule";
    }

    /** Each report's title by its code, in the reader's words (the catalogue's labels). */
    private Map<String, String> titles(List<SavedReport> reports, Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        reports.forEach(report -> titles.put(report.kind().code(), labels.title(report.kind(), locale)));
        return titles;
    }

    private static String redirect(RedirectAttributes redirect, String message, String to) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:" + to;
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
