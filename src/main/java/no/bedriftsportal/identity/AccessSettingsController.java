package no.bedriftsportal.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;

/**
 * Settings → access (S1): super users list, add, change and remove portal users. The URL rule
 * admits super users only; {@link PortalUsers} refuses changes to one's own access, and every id
 * is looked up within the signed-in user's company (another company's id is simply not found).
 */
@Controller
@RequestMapping(PageContextAdvice.SETTINGS_PATH + "/access")
class AccessSettingsController {

    private final PortalUsers portalUsers;
    private final Companies companies;
    private final MessageSource messages;

    AccessSettingsController(PortalUsers portalUsers, Companies companies, MessageSource messages) {
        this.portalUsers = portalUsers;
        this.companies = companies;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        model.addAttribute("users", portalUsers.list(me.companyId()));
        model.addAttribute("accounts", accountsById(me));
        model.addAttribute("me", me.portalUserId());
        return "identity/access-list";
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        return form(me, AccessForm.empty(), Map.of(), null, model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String msisdn,
            @RequestParam(required = false) String role, @RequestParam(required = false) List<Long> customerAccounts,
            @RequestParam(required = false) List<String> modules, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        AccessForm form = new AccessForm(msisdn, role, customerAccounts, modules);
        try {
            PortalUser added = portalUsers.grant(me.companyId(), form.toGrant(), Actor.of(me, request.getRemoteAddr()));
            redirect.addFlashAttribute("flash", message("access.flash.added", request, added.name(), added.msisdn().display()));
            return "redirect:" + PageContextAdvice.SETTINGS_PATH + "/access";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(me, form, Map.of(e.field(), message(e, request)), null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, Model model) {
        PortalUser user = portalUsers.get(me.companyId(), id);
        return form(me, AccessForm.of(user), Map.of(), user, model);
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id,
            @RequestParam(required = false) String role, @RequestParam(required = false) List<Long> customerAccounts,
            @RequestParam(required = false) List<String> modules, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        PortalUser user = portalUsers.get(me.companyId(), id);
        AccessForm form = new AccessForm(user.msisdn().value(), role, customerAccounts, modules);
        try {
            PortalUser changed = portalUsers.change(me.companyId(), id, form.toGrant(), Actor.of(me, request.getRemoteAddr()));
            redirect.addFlashAttribute("flash", message("access.flash.changed", request, changed.name(), changed.msisdn().display()));
            return "redirect:" + PageContextAdvice.SETTINGS_PATH + "/access";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(me, form, Map.of(e.field(), message(e, request)), user, model);
        }
    }

    @PostMapping("/{id}/delete")
    String remove(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, HttpServletRequest request,
            RedirectAttributes redirect) {
        PortalUser user = portalUsers.get(me.companyId(), id);
        portalUsers.remove(me.companyId(), id, Actor.of(me, request.getRemoteAddr()));
        redirect.addFlashAttribute("flash", message("access.flash.removed", request, user.name(), user.msisdn().display()));
        return "redirect:" + PageContextAdvice.SETTINGS_PATH + "/access";
    }

    private String form(PortalPrincipal me, AccessForm form, Map<String, String> errors, PortalUser editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("accounts", companies.customerAccounts(AccessScope.wholeCompany(me.companyId())));
        model.addAttribute("modules", List.of(PortalModule.values()));
        return "identity/access-form";
    }

    private Map<Long, CustomerAccount> accountsById(PortalPrincipal me) {
        Map<Long, CustomerAccount> byId = new LinkedHashMap<>();
        companies.customerAccounts(AccessScope.wholeCompany(me.companyId())).forEach(account -> byId.put(account.id(), account));
        return byId;
    }

    private String message(String key, HttpServletRequest request, Object... arguments) {
        return messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
    }

    private String message(InvalidInputException e, HttpServletRequest request) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), RequestContextUtils.getLocale(request));
    }
}
