package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NorwegianHolidays;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Fakturakontroll → Innstillinger (#14.3): working hours per weekday, days closed every year, the
 * content deadline, what an unclassified purchase counts as, the pay types; the yearly content
 * threshold shown as configured. A save is a new version, in the audit log.
 */
@Controller
@RequestMapping(SettingsController.PATH)
class SettingsController {

    static final String PATH = "/invoice-control/settings";

    private final CostSharingSettingsService settings;
    private final CostSharingProperties properties;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    SettingsController(CostSharingSettingsService settings, CostSharingProperties properties, AuditTrail audit,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.properties = properties;
        this.audit = audit;
        this.messages = messages;
    }

    /** Whether the signed-in user may change the company's rules; the pages are read-only otherwise. */
    @ModelAttribute("canChange")
    boolean canChange(@AuthenticationPrincipal PortalPrincipal me) {
        return CompanyWideRules.allows(me.scope());
    }

    @GetMapping
    String show(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        return form(me, SettingsDraft.of(settings.current(me.scope())), Map.of(), model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> fields,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        SettingsDraft draft = draft(fields);
        try {
            SettingsVersion saved = settings.save(me.scope(), draft, ProfilesController.by(me));
            audit.changed(Change.COSTSHARING_SETTINGS_SAVED, "v" + saved.version());
            redirect.addFlashAttribute("flash", messages.getMessage("invoiceControl.settings.flash.saved",
                    new Object[] {saved.version()}, RequestContextUtils.getLocale(request)));
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>();
            List<InvalidInputException> all = e instanceof InvalidProfileException many ? many.errors() : List.of(e);
            all.forEach(error -> errors.putIfAbsent(error.field(), messages.getMessage(error.messageKey(), error.arguments(),
                    error.getMessage(), RequestContextUtils.getLocale(request))));
            return form(me, draft, errors, model);
        }
    }

    private String form(PortalPrincipal me, SettingsDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("form", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", settings.latestVersion(me.scope()).orElse(null));
        model.addAttribute("threshold", properties.yearlyContentThreshold());
        model.addAttribute("holidays", NorwegianHolidays.of(Oslo.today(clock).getYear()));
        return "costsharing/settings";
    }

    /** The form's fields: {@code open-MONDAY} ticked with {@code from-MONDAY} and {@code to-MONDAY}; closed days split on commas and spaces. */
    static SettingsDraft draft(Map<String, String> fields) {
        Map<DayOfWeek, SettingsDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String open = fields.get("open-" + day.name());
            if ("true".equals(open) || "on".equals(open)) {
                hours.put(day, new SettingsDraft.Hours(fields.getOrDefault("from-" + day.name(), ""),
                        fields.getOrDefault("to-" + day.name(), "")));
            }
        }
        String closed = fields.getOrDefault("closedDays", "").strip();
        List<String> closedDays = closed.isEmpty() ? List.of() : Arrays.asList(closed.split("[,;\\s]+"));
        return new SettingsDraft(hours, closedDays, fields.get("contentDeadlineDay"), fields.get("unclassifiedAs"),
                fields.get("deductionPayType"), fields.get("benefitPayType"));
    }
}
