package no.bedriftsportal.shared.database;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every request but the operator API's is a portal request: before any other filter (the session
 * store's included) its thread is marked, so that each connection it takes is the portal role's and
 * sees no company's rows until the signed-in user's company is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalRequestScopeFilter extends OncePerRequestFilter {

    static final String OPERATOR_API = "/api/operator/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (operatorApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        PortalRequestScope.open();
        try {
            chain.doFilter(request, response);
        } finally {
            PortalRequestScope.close();
        }
    }

    /** The decoded, normalised path, as the operator API's security chain matches it; anything else is the portal's. */
    private static boolean operatorApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(OPERATOR_API);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page is rendered on the portal role too, with no company
    }
}
