package no.bedriftsportal.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The end of a single sign-on: the person {@link SsoUserService} matched signs in through the SMS
 * login's own last step ({@link LoginController#signIn}: a new session and CSRF token, the same
 * {@link SignedInUser} with company, number and side, the page asked for before the login), so that
 * every grant after it is read exactly as for an SMS login. Recorded like it, as a login by SSO.
 */
@Component
class SsoLoginSuccess implements AuthenticationSuccessHandler {

    private final LoginController login;
    private final AuditLog audit;

    SsoLoginSuccess(LoginController login, AuditLog audit) {
        this.login = login;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        SsoOidcUser user = (SsoOidcUser) authentication.getPrincipal();
        LoginPerson person = user.person();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(AuditWords.VARIANT, "SSO");
        facts.put(AuditWords.ARGUMENTS, List.of(user.issuer()));
        PortalRequestScope.crossCompany(() -> {
            audit.recordFacts(person.companyId(), person.msisdn().value(), person.name(), AuditAction.LOGIN_SUCCEEDED.name(),
                    person.msisdn().value(), facts, request.getRemoteAddr());
            return null;
        });
        String view = login.signIn(person, request, response);
        response.sendRedirect(view.substring("redirect:".length()));
    }
}
