package no.bedriftsportal.identity;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Settings → API (#13.1): super users list the company's API tokens, make one and revoke one. A
 * new token's secret is shown in the answer to the POST that made it, once: it is in no URL, no
 * redirect, no session and no list. The URL rule admits super users only; every token id is looked
 * up within the signed-in user's company.
 */
@Controller
@RequestMapping(ApiSettingsController.PATH)
class ApiSettingsController {

    static final String PATH = PageContextAdvice.SETTINGS_PATH + "/api";

    private final ApiTokens tokens;
    private final PortalUsers portalUsers;
    private final Companies companies;
    private final MessageSource messages;
    private final Clock clock;

    ApiSettingsController(ApiTokens tokens, PortalUsers portalUsers, Companies companies, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.portalUsers = portalUsers;
        this.companies = companies;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        return page(me, ApiTokenForm.empty(), Map.of(), null, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) List<String> scopes, @RequestParam(defaultValue = "all") String accounts,
            @RequestParam(required = false) List<Long> customerAccounts, @RequestParam(defaultValue = "") String lastDay,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ApiTokenForm form = new ApiTokenForm(name, scopes, !"chosen".equals(accounts), customerAccounts, lastDay);
        try {
            CreatedToken created = tokens.create(me.companyId(), Actor.of(me, request.getRemoteAddr()), form.name(), form.scopeSet(),
                    form.accountIds(), form.expiresAt());
            return page(me, ApiTokenForm.empty(), Map.of(), created, model);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(me, form, Map.of(e.field(), message(e, request)), null, model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, HttpServletRequest request,
            RedirectAttributes redirect) {
        ApiToken revoked = tokens.revoke(me.companyId(), id, Actor.of(me, request.getRemoteAddr()));
        redirect.addFlashAttribute("flash", messages.getMessage("apiSettings.flash.revoked", new Object[] {revoked.name()},
                RequestContextUtils.getLocale(request)));
        return "redirect:" + PATH;
    }

    private String page(PortalPrincipal me, ApiTokenForm form, Map<String, String> errors, CreatedToken created, Model model) {
        List<CustomerAccount> accounts = companies.customerAccounts(AccessScope.wholeCompany(me.companyId()));
        Map<Long, CustomerAccount> byId = accounts.stream().collect(Collectors.toMap(CustomerAccount::id, Function.identity()));
        Map<Long, String> names = new HashMap<>();
        portalUsers.list(me.companyId()).forEach(user -> names.put(user.id(), user.name()));
        List<ApiTokenLine> lines = tokens.list(me.companyId()).stream().map(token -> ApiTokenLine.of(token, clock.instant(),
                names.get(token.createdBy()), token.customerAccountIds() == null ? List.of()
                        : token.customerAccountIds().stream().map(byId::get).filter(account -> account != null)
                                .sorted((a, b) -> a.number().compareTo(b.number())).toList()))
                .toList();
        model.addAttribute("tokens", lines);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        model.addAttribute("accounts", accounts);
        model.addAttribute("scopes", List.of(ApiScope.values()));
        return "identity/api-settings";
    }

    private String message(InvalidInputException e, HttpServletRequest request) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), RequestContextUtils.getLocale(request));
    }
}
