package no.bedriftsportal.costsharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Fakturakontroll → Profiler (IC5): the company's profiles as cards with their rules summed up and
 * how many subscriptions have each; a form for a new profile and for a change, every version below
 * it; copy and delete. A bad field is shown next to it with what was typed kept. Every save and
 * delete is in the audit log.
 */
@Controller
@RequestMapping(ProfilesController.PATH)
class ProfilesController {

    static final String PATH = "/invoice-control/profiles";

    private final Profiles profiles;
    private final Catalog catalog;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final CostSharingProperties properties;

    ProfilesController(Profiles profiles, Catalog catalog, AuditTrail audit, MessageSource messages,
            CostSharingProperties properties) {
        this.properties = properties;
        this.profiles = profiles;
        this.catalog = catalog;
        this.audit = audit;
        this.messages = messages;
    }

    /** Whether the signed-in user may change the company's rules; the pages are read-only otherwise. */
    @ModelAttribute("canChange")
    boolean canChange(@AuthenticationPrincipal PortalPrincipal me) {
        return CompanyWideRules.allows(me.scope());
    }

    @GetMapping
    String list(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        model.addAttribute("profiles", profiles.list(me.scope()));
        model.addAttribute("threshold", properties.yearlyContentThreshold());
        return "costsharing/profiles";
    }

    @GetMapping("/new")
    String newProfile(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        CompanyWideRules.requireWholeCompany(me.scope());
        return form(ProfileDraft.of("", ProfileRules.standard()), Map.of(), null, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> fields,
            @RequestParam(required = false) List<String> traffic, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        ProfileDraft draft = draft(fields, traffic);
        try {
            ProfileVersion saved = profiles.create(me.scope(), draft, by(me));
            audit.changed(Change.COSTSHARING_PROFILE_SAVED, reference(saved));
            redirect.addFlashAttribute("flash", message(request, "invoiceControl.profiles.flash.created", saved.name()));
            return "redirect:" + PATH + "/" + saved.profileId();
        } catch (InvalidInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(draft, errors(e, request), null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, Model model) {
        ProfileDetail detail = profiles.get(me.scope(), id);
        return form(ProfileDraft.of(detail.current().name(), detail.current().rules()), Map.of(), detail, model);
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, @RequestParam Map<String, String> fields,
            @RequestParam(required = false) List<String> traffic, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        ProfileDetail detail = profiles.get(me.scope(), id);
        ProfileDraft draft = draft(fields, traffic);
        try {
            ProfileVersion saved = profiles.change(me.scope(), id, draft, by(me));
            audit.changed(Change.COSTSHARING_PROFILE_SAVED, reference(saved));
            redirect.addFlashAttribute("flash", message(request, "invoiceControl.profiles.flash.saved", saved.name(),
                    saved.version(), monthName(request, saved)));
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(draft, errors(e, request), detail, model);
        }
    }

    @PostMapping("/{id}/copy")
    String copy(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, HttpServletRequest request,
            RedirectAttributes redirect) {
        ProfileVersion copy = profiles.copy(me.scope(), id, by(me));
        audit.changed(Change.COSTSHARING_PROFILE_SAVED, reference(copy));
        redirect.addFlashAttribute("flash", message(request, "invoiceControl.profiles.flash.copied", copy.name()));
        return "redirect:" + PATH + "/" + copy.profileId();
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            ProfileVersion deleted = profiles.delete(me.scope(), id, by(me));
            audit.changed(Change.COSTSHARING_PROFILE_DELETED, deleted.name());
            redirect.addFlashAttribute("flash", message(request, "invoiceControl.profiles.flash.deleted", deleted.name()));
            return "redirect:" + PATH;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refused", message(e, request));
            return "redirect:" + PATH + "/" + id;
        }
    }

    private String form(ProfileDraft draft, Map<String, String> errors, ProfileDetail editing, Model model) {
        model.addAttribute("form", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("packages", catalog.extraPackages());
        model.addAttribute("threshold", properties.yearlyContentThreshold());
        return "costsharing/profile-form";
    }

    /** The form's fields: checkboxes are sent only when ticked. */
    static ProfileDraft draft(Map<String, String> fields, List<String> traffic) {
        return new ProfileDraft(fields.getOrDefault("name", ""), fields.get("contentRule"), ticked(fields, "dataControl"),
                fields.get("autoExtraPackage"), fields.get("autoExtraPayer"), ticked(fields, "buyBySalary"),
                ticked(fields, "buyByVipps"), traffic == null ? Set.of() : Set.copyOf(traffic), fields.get("monthlyMaximum"),
                fields.get("freeAmount"));
    }

    private static boolean ticked(Map<String, String> fields, String name) {
        return "true".equals(fields.get(name)) || "on".equals(fields.get(name));
    }

    static String by(PortalPrincipal me) {
        return me.name() == null || me.name().isBlank() ? me.msisdn() : me.name();
    }

    /** The audit log's reference: {@code «Name» versjon 3}. */
    static String reference(ProfileVersion version) {
        return "«" + version.name() + "» v" + version.version();
    }

    private String monthName(HttpServletRequest request, ProfileVersion version) {
        return java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", RequestContextUtils.getLocale(request))
                .format(version.firstUsageMonth());
    }

    private Map<String, String> errors(InvalidInputException e, HttpServletRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidProfileException all) {
            all.byField().forEach((field, error) -> errors.put(field, message(error, request)));
        } else {
            errors.put(e.field(), message(e, request));
        }
        return errors;
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
    }

    private String message(InvalidInputException e, HttpServletRequest request) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), RequestContextUtils.getLocale(request));
    }
}
