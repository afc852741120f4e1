package no.bedriftsportal.identity;

import java.io.IOException;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.bedriftsportal.shared.web.Htmx;

/**
 * Two rules of passkeys (X5, #18.4, ADR 0030), after {@link PortalAccessFilter} has read the
 * request's principal. Only a portal administrator registers passkeys (Spring Security's
 * registration options are answered before the portal's own authorization). And when the company
 * requires passkeys of super users, a super user's session made by SMS code alone is refused: if they
 * already have a passkey, it is ended and the login page says to use the passkey; if they have none
 * yet, it reaches only the passkey page (and what registering needs) until they register one, which
 * then makes the session good (they have just proved both the number and the device).
 */
final class PasskeyRequirementFilter extends OncePerRequestFilter {

    static final String PAGE = PasskeyController.PAGE;
    private static final List<String> OPEN_WHILE_REGISTERING = List.of(PAGE, "/webauthn/", "/logout", "/css/", "/js/", "/img/",
            "/vendor/", "/favicon.ico", "/error");

    private final PasskeyPolicy policy;
    private final PasskeyAccounts accounts;

    PasskeyRequirementFilter(PasskeyPolicy policy, PasskeyAccounts accounts) {
        this.policy = policy;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (path.startsWith("/webauthn/register") && !(principal instanceof PortalPrincipal)) {
            response.sendError(principal == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession session = request.getSession(false);
        if (principal instanceof PortalPrincipal me && me.superUser() && session != null
                && session.getAttribute(PasskeySignIn.BY_PASSKEY) == null && policy.requiredForSuperUsers(me.companyId())) {
            if (accounts.count(me) > 0) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                redirect(request, response, "/login?passkeyRequired");
                return;
            }
            if (OPEN_WHILE_REGISTERING.stream().noneMatch(path::startsWith)) {
                redirect(request, response, PAGE + "?required");
                return;
            }
            chain.doFilter(request, response);
            if ("POST".equals(request.getMethod()) && path.equals("/webauthn/register") && response.getStatus() == 200
                    && accounts.count(me) > 0) {
                session.setAttribute(PasskeySignIn.BY_PASSKEY, Boolean.TRUE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location) throws IOException {
        if (Htmx.isHtmxRequest(request)) {
            response.setHeader(Htmx.REDIRECT_HEADER, location);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else if ("GET".equals(request.getMethod())) {
            response.sendRedirect(location);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
