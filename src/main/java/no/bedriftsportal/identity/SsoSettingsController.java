package no.bedriftsportal.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.InvalidInputException;

/**
 * Innstillinger → Innlogging (X5, #18.5): the company's OpenID Connect provider. {@code /settings/**}
 * admits super users only (the URL rule). A refused save shows the form again (400) as typed, but
 * never the secret, with each message beside its field; the issuer's discovery document is fetched
 * on every save ({@link SsoProviders}).
 */
@Controller
class SsoSettingsController {

    static final String PATH = "/settings/sso";

    private final SsoProviders providers;
    private final MessageSource messages;

    SsoSettingsController(SsoProviders providers, MessageSource messages) {
        this.providers = providers;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal PortalPrincipal me, HttpServletRequest request, Model model) {
        model.addAttribute("view", view(me.companyId(), providers.find(me.companyId()), null, Map.of(), request));
        return "identity/sso-settings";
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "") String issuer,
            @RequestParam(defaultValue = "") String clientId, @RequestParam(defaultValue = "") String clientSecret,
            @RequestParam(defaultValue = "") String matchClaim, @RequestParam(defaultValue = "") String emailDomains,
            @RequestParam(defaultValue = "false") boolean enabled, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        SsoProviderDraft draft = new SsoProviderDraft(issuer, clientId, clientSecret, matchClaim, emailDomains, enabled);
        try {
            providers.save(me.companyId(), draft, me.name() == null || me.name().isBlank() ? me.msisdn() : me.name());
            redirect.addFlashAttribute("flash", messages.getMessage(enabled ? "sso.settings.saved.on" : "sso.settings.saved.off", null,
                    RequestContextUtils.getLocale(request)));
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            response.setStatus(e instanceof no.bedriftsportal.shared.ConflictException && !(e instanceof SsoSettingsInvalid) ? 409 : 400);
            Map<String, String> errors = new LinkedHashMap<>();
            Map<String, InvalidInputException> byField = e instanceof SsoSettingsInvalid invalid ? invalid.byField() : Map.of(e.field(), e);
            byField.forEach((field, error) -> errors.put(field, messages.getMessage(error.messageKey(), error.arguments(),
                    error.getMessage(), RequestContextUtils.getLocale(request))));
            model.addAttribute("view", view(me.companyId(), providers.find(me.companyId()), draft, errors, request));
            return "identity/sso-settings";
        }
    }

    private SsoSettingsView view(long companyId, Optional<SsoProvider> stored, SsoProviderDraft typed, Map<String, String> errors,
            HttpServletRequest request) {
        String redirectUri = ServletUriComponentsBuilder.fromContextPath(request).path("/login/oauth2/code/")
                .path(SsoProvider.registrationId(companyId)).build().toUriString();
        boolean secretStored = stored.isPresent();
        if (typed != null) {
            return new SsoSettingsView(providers.available(), stored.isPresent(), typed.issuer(), typed.clientId(), secretStored,
                    typed.matchClaim(), typed.emailDomains(), typed.enabled(), stored.map(SsoProvider::changedBy).orElse(null),
                    stored.map(SsoProvider::changedAt).orElse(null), redirectUri, errors);
        }
        return stored.map(provider -> new SsoSettingsView(providers.available(), true, provider.issuer(), provider.clientId(), true,
                        provider.matchClaim().name(), String.join(", ", provider.emailDomains()), provider.enabled(), provider.changedBy(),
                        provider.changedAt(), redirectUri, errors))
                .orElseGet(() -> new SsoSettingsView(providers.available(), false, "", "", false, SsoMatchClaim.PHONE_NUMBER.name(), "",
                        true, null, null, redirectUri, errors));
    }
}
