package no.bedriftsportal.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * "Logg inn med firmaets pålogging (SSO)" (X5, #18.5): the user gives their work e-mail address
 * (its domain leads to the company) or the company's organisation number, and is sent on to the
 * company's provider. The hand-over is a page that moves on by itself (a meta refresh and a link),
 * not a redirect from the form: the portal's Content-Security-Policy lets forms go to the portal
 * only ({@code form-action 'self'}), and a browser holds a form's redirects to that too.
 */
@Controller
class SsoLoginController {

    static final String PATH = SecurityConfiguration.LOGIN_PAGE + "/sso";
    private static final Set<String> REASONS = Set.of("missing", "unverified", "unknown", "ambiguous", "disabled", "cancelled", "failed");

    private final SsoProviderRepository providers;
    private final SsoClientRegistrations registrations;
    private final Companies companies;

    SsoLoginController(SsoProviderRepository providers, SsoClientRegistrations registrations, Companies companies) {
        this.providers = providers;
        this.registrations = registrations;
        this.companies = companies;
    }

    /** The form; after a refused or failed sign-on, with its reason. */
    @GetMapping(PATH)
    String form(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("who", "");
        model.addAttribute("errorKey", null);
        model.addAttribute("refusal", error != null && REASONS.contains(error) ? "sso.login.refused." + error : null);
        return "identity/sso-login";
    }

    @PostMapping(PATH)
    String start(@RequestParam(defaultValue = "") String who, HttpServletResponse response, Model model) {
        String typed = who.trim();
        Optional<Long> companyId = PortalRequestScope.crossCompany(() -> companyOf(typed));
        if (companyId.isEmpty()) {
            return again(typed, typed.isEmpty() ? "sso.login.error.required" : "sso.login.error.notFound", response, model);
        }
        if (registrations.of(companyId.get()).isEmpty()) {
            return again(typed, "sso.login.error.unavailable", response, model);
        }
        model.addAttribute("target", SingleSignOn.START + "/" + SsoProvider.registrationId(companyId.get()));
        return "identity/sso-redirect";
    }

    /** The company an e-mail address's domain or an organisation number leads to, if it has an enabled provider. */
    private Optional<Long> companyOf(String typed) {
        if (typed.contains("@")) {
            String domain = typed.substring(typed.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
            return domain.isEmpty() ? Optional.empty() : providers.companyOfDomain(domain);
        }
        return OrgNumber.parse(typed.replaceAll("[\\s.]", "")).flatMap(number -> {
            try {
                return Optional.of(companies.get(number.value()).id());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }).filter(id -> providers.find(id).filter(SsoProvider::enabled).isPresent());
    }

    private static String again(String typed, String errorKey, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("who", typed);
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("refusal", null);
        return "identity/sso-login";
    }
}
