package no.bedriftsportal.identity;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.Msisdn;

/**
 * Moves a signed-in person between the administration and their own page (#15.1) without a new
 * code: the same login, its age and its session kept. The side asked for is checked as of now
 * (portal access for the administration, a held subscription for the employee's page).
 */
@Controller
class SideSwitchController {

    static final String PATH = "/switch-side";

    private final PortalUsers portalUsers;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SideSwitchController(PortalUsers portalUsers, SecurityContextRepository contexts) {
        this.portalUsers = portalUsers;
        this.contexts = contexts;
    }

    @PostMapping(PATH)
    String change(@RequestParam Side to, @RequestParam(required = false) String then, HttpServletRequest request,
            HttpServletResponse response) {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getCredentials() instanceof SignedInUser signedIn)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Msisdn msisdn = new Msisdn(signedIn.msisdn());
        boolean allowed = to == Side.EMPLOYEE ? portalUsers.employee(signedIn.companyId(), msisdn).isPresent()
                : portalUsers.principal(signedIn.companyId(), msisdn).isPresent();
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn.on(to), null, List.of()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        // a page of the side switched to (a notice's link), never another host or the other side's page
        String target = then == null ? null : LoginController.localPath(then);
        return "redirect:" + (target != null && !target.equals("/") && LoginController.onSide(target, to) ? target : LoginController.home(to));
    }
}
