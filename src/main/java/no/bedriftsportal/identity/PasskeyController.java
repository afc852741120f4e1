package no.bedriftsportal.identity;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.InvalidInputException;

/**
 * Mine passnøkler (X5, #18.4): the signed-in administrator's own passkeys, with when each was made
 * and last used, a name to change and a button to remove it; a new one is registered by the page's
 * script through Spring Security's WebAuthn endpoints. Personal: there is no API door, since a
 * passkey is made by a person's own browser and authenticator (ADR 0030).
 */
@Controller
class PasskeyController {

    static final String PAGE = "/account/passkeys";
    private static final String ID = "{credentialId:[A-Za-z0-9_-]{1,1400}}";

    private final PasskeyAccounts accounts;
    private final PasskeyPolicy policy;
    private final MessageSource messages;

    PasskeyController(PasskeyAccounts accounts, PasskeyPolicy policy, MessageSource messages) {
        this.accounts = accounts;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String required, Model model) {
        accounts.prepare(me);
        return page(me, required != null, null, null, null, model);
    }

    @PostMapping(PAGE + "/" + ID + "/label")
    String rename(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String credentialId,
            @RequestParam(defaultValue = "") String label, RedirectAttributes redirect, HttpServletResponse response,
            Locale locale, Model model) {
        try {
            accounts.rename(me, credentialId, label);
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            return page(me, false, credentialId, label, messages.getMessage(invalid.messageKey(), invalid.arguments(), locale), model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("passkey.renamed", null, locale));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/" + ID + "/remove")
    String remove(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String credentialId, RedirectAttributes redirect,
            Locale locale) {
        accounts.remove(me, credentialId);
        redirect.addFlashAttribute("flash", messages.getMessage("passkey.removed", null, locale));
        return "redirect:" + PAGE;
    }

    private String page(PortalPrincipal me, boolean required, String invalidId, String typed, String error, Model model) {
        model.addAttribute("passkeys", accounts.list(me));
        model.addAttribute("required", required || me.superUser() && policy.requiredForSuperUsers(me.companyId()));
        model.addAttribute("invalidId", invalidId);
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "identity/passkey-list";
    }
}
