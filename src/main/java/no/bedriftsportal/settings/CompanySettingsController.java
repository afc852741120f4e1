package no.bedriftsportal.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.costsharing.CostSharingSettingsService;
import no.bedriftsportal.costsharing.InvalidProfileException;
import no.bedriftsportal.equipment.ReplacementAge;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CompanySettings;
import no.bedriftsportal.customer.InvalidSettingsException;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;

/**
 * Innstillinger → Firma (S2, #17.5): each section a small form of its own, saved on its own; a refused
 * save shows the page again (400) with that section as typed and each message beside its field.
 * {@code /settings/**} admits super users only (the URL rule), so only they see and change it; the
 * services check nothing of roles themselves and are the API's too ({@link CompanySettingsApi}).
 */
@Controller
@RequestMapping(CompanySettingsController.PATH)
class CompanySettingsController {

    static final String PATH = "/settings/company";

    private final Companies companies;
    private final CompanySettings settings;
    private final CostSharingSettingsService costSharing;
    private final ReplacementAge replacementAge;
    private final MessageSource messages;

    CompanySettingsController(Companies companies, CompanySettings settings, CostSharingSettingsService costSharing,
            ReplacementAge replacementAge, MessageSource messages) {
        this.replacementAge = replacementAge;
        this.companies = companies;
        this.settings = settings;
        this.costSharing = costSharing;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        return page(me, Map.of(), Map.of(), null, model);
    }

    @PostMapping("/details")
    String details(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> fields, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return save(me, "details", fields, null, () -> settings.changeAddress(me.companyId(), fields.get("addressLine"),
                fields.get("postalCode"), fields.get("city"), fields.get("invoiceEmail")), request, response, redirect, model);
    }

    @PostMapping("/departments/{number}")
    String department(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String number,
            @RequestParam(defaultValue = "") String name, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        String field = "department-" + number;
        return save(me, "departments", Map.of(field, name), field, () -> settings.renameDepartment(me.companyId(), number, name),
                request, response, redirect, model);
    }

    @PostMapping("/working-hours")
    String workingHours(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> fields,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        WorkingHoursForm form = WorkingHoursForm.of(fields);
        try {
            costSharing.saveWorkingHours(me.scope(), form.hours(), by(me));
            return saved(redirect, "working-hours", request);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Map<String, String> errors = errors(e, null, request);
            return page(me, fields, errors, form, model);
        }
    }

    @PostMapping("/notification-email")
    String notificationEmail(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String notificationEmail,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return save(me, "notification-email", Map.of("notificationEmail", notificationEmail), null,
                () -> settings.changeNotificationEmail(me.companyId(), notificationEmail), request, response, redirect, model);
    }

    @PostMapping("/language")
    String language(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String language,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return save(me, "language", Map.of("language", language), null, () -> settings.changeLanguage(me.companyId(), language),
                request, response, redirect, model);
    }

    @PostMapping("/payment-terms")
    String paymentTerms(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String paymentTermsDays,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return save(me, "payment-terms", Map.of("paymentTermsDays", paymentTermsDays), null,
                () -> settings.changePaymentTerms(me.companyId(), paymentTermsDays), request, response, redirect, model);
    }

    @PostMapping("/replacement-age")
    String replacementAge(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String replacementAgeMonths,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return save(me, "replacement-age", Map.of("replacementAgeMonths", replacementAgeMonths), null,
                () -> replacementAge.change(me.companyId(), replacementAgeMonths, by(me)), request, response, redirect, model);
    }

    /** Runs a section's save: back to the page with a word of success, or the page again with the errors beside the fields. */
    private String save(PortalPrincipal me, String section, Map<String, String> typed, String errorField, Supplier<?> change,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        try {
            change.get();
            return saved(redirect, section, request);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(me, typed, errors(e, errorField, request), null, model);
        }
    }

    private String saved(RedirectAttributes redirect, String section, HttpServletRequest request) {
        redirect.addFlashAttribute("flash", messages.getMessage("companySettings.flash." + section, null,
                RequestContextUtils.getLocale(request)));
        return "redirect:" + PATH;
    }

    /** @param typedHours the working hours as typed in a refused save, or null for the saved ones */
    private String page(PortalPrincipal me, Map<String, String> typed, Map<String, String> errors, WorkingHoursForm typedHours,
            Model model) {
        WorkingHoursForm hours = typedHours != null ? typedHours : WorkingHoursForm.of(costSharing.workingHours(me.scope()));
        model.addAttribute("view", new CompanySettingsView(companies.get(me.companyId()),
                companies.customerAccounts(AccessScope.wholeCompany(me.companyId())), hours, settings.paymentTermsRange(),
                replacementAge.months(me.companyId()), CompanySettingsSections.ALL, typed, errors));
        return "settings/company";
    }

    /** The messages by field; {@code errorField} names the page's field when the service's field is not unique on the page. */
    private Map<String, String> errors(InvalidInputException e, String errorField, HttpServletRequest request) {
        List<InvalidInputException> all = e instanceof InvalidSettingsException many ? List.copyOf(many.byField().values())
                : e instanceof InvalidProfileException profile ? profile.errors() : List.of(e);
        Map<String, String> errors = new LinkedHashMap<>();
        all.forEach(error -> errors.putIfAbsent(errorField != null ? errorField : error.field(), messages.getMessage(
                error.messageKey(), error.arguments(), error.getMessage(), RequestContextUtils.getLocale(request))));
        return errors;
    }

    static String by(PortalPrincipal me) {
        return me.name() == null || me.name().isBlank() ? me.msisdn() : me.name();
    }
}
