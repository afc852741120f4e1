package no.bedriftsportal.identity;

import java.io.IOException;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The end of a passkey login (X5, #18.4): Spring Security's WebAuthn filter has verified the
 * signature; the session is then made exactly as the SMS login makes it, by the same code
 * ({@link LoginController#signIn}): a fresh session and CSRF token, a {@link SignedInUser} of the same
 * company, number and side, so every request's principal, grants and customer numbers come from the
 * same {@link PortalAccessFilter}. The login is audited like the SMS login's. The browser's script is
 * told where to go, as Spring Security's own script expects ({@code {"authenticated":true,"redirectUrl":…}}).
 */
@Component
class PasskeySignIn implements AuthenticationSuccessHandler {

    /** Set in a session made by a passkey (or by the SMS login that registered the user's first passkey). */
    static final String BY_PASSKEY = PasskeySignIn.class.getName() + ".byPasskey";

    private final PasskeyPeople people;
    private final AuditLog audit;
    private final ObjectProvider<LoginController> login;

    PasskeySignIn(PasskeyPeople people, AuditLog audit, ObjectProvider<LoginController> login) {
        this.people = people;
        this.audit = audit;
        this.login = login;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        Optional<LoginPerson> person = people.person(authentication.getName());
        if (person.isEmpty()) { // access ended between the provider's check and now
            SecurityContextHolder.clearContext();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        LoginPerson signedIn = person.get();
        // nobody is signed in yet: written like the SMS login's entry (ADR 0010)
        PortalRequestScope.crossCompany(() -> {
            audit.record(signedIn.companyId(), signedIn.msisdn().value(), signedIn.name(), AuditAction.LOGIN_SUCCEEDED.name(),
                    signedIn.msisdn().value(), "passnøkkel", request.getRemoteAddr());
            return null;
        });
        String target = login.getObject().signIn(signedIn, request, response).substring("redirect:".length());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(BY_PASSKEY, Boolean.TRUE);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        // a local path (LoginController.localPath): no quote or backslash to escape beyond these
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\""
                + target.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
