package no.bedriftsportal.settings;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.identity.PasskeyPolicy;
import no.bedriftsportal.identity.PortalPrincipal;

/**
 * The passkeys section of Innstillinger → Firma (X5, #18.4): one check box, "super users must log in
 * with a passkey", kept by {@link PasskeyPolicy}. Its own controller, which also gives the company
 * page its current value ({@link #passkeysRequired}), so the page's controller stays as it is.
 */
@Controller
@ControllerAdvice(assignableTypes = CompanySettingsController.class)
class PasskeySettingsController {

    private final PasskeyPolicy policy;
    private final MessageSource messages;

    PasskeySettingsController(PasskeyPolicy policy, MessageSource messages) {
        this.policy = policy;
        this.messages = messages;
    }

    @ModelAttribute("passkeysRequired")
    boolean passkeysRequired(@AuthenticationPrincipal PortalPrincipal me) {
        return me != null && policy.requiredForSuperUsers(me.companyId());
    }

    @PostMapping(CompanySettingsController.PATH + "/passkeys")
    String change(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(defaultValue = "false") boolean requiredForSuperUsers,
            HttpServletRequest request, RedirectAttributes redirect) {
        policy.change(me.companyId(), requiredForSuperUsers, CompanySettingsController.by(me));
        redirect.addFlashAttribute("flash", messages.getMessage("companySettings.flash.passkeys", null,
                RequestContextUtils.getLocale(request)));
        return "redirect:" + CompanySettingsController.PATH;
    }
}
