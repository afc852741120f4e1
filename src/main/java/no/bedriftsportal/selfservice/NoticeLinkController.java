package no.bedriftsportal.selfservice;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.costsharing.NoticeLinks;
import no.bedriftsportal.identity.EmployeePrincipal;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NotFoundException;

/**
 * Opens the link of a content notice (#15.4, ADR 0020): a valid one leads on to the employee's page
 * for its month — through the SMS login when nobody is signed in, through a switch to "Min side"
 * when an administrator who holds a subscription is; an expired one says the deadline has passed;
 * anything else is not found. The link itself signs nobody in.
 */
@Controller
class NoticeLinkController {

    private final NoticeLinks links;

    NoticeLinkController(NoticeLinks links) {
        this.links = links;
    }

    @GetMapping(NoticeLinks.PATH + "/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        NoticeLinks.Opened opened = links.open(token).orElseThrow(() -> new NotFoundException("link"));
        String target = EmployeePrincipal.HOME + "/content?month=" + opened.target().month();
        if (opened.expired()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("month", opened.target().month());
            return "selfservice/link-expired";
        }
        Optional<Object> principal = Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(Authentication::getPrincipal);
        if (principal.filter(PortalPrincipal.class::isInstance).map(PortalPrincipal.class::cast).filter(PortalPrincipal::employee)
                .isPresent()) {
            model.addAttribute("target", target);
            return "selfservice/switch-to-employee";
        }
        return "redirect:" + target;
    }
}
