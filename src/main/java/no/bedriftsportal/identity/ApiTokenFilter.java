package no.bedriftsportal.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The company API's door: {@code Authorization: Bearer bp_…}, looked up by its hash. A valid token
 * makes the request its company's (row-level security, ADR 0010) with the token's scopes as
 * authorities; anything else leaves it anonymous, for the chain's entry point to answer 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiClient> client = bearer(request).flatMap(tokens::authenticate);
        if (client.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PortalRequestScope.signedIn(client.get().companyId()); // the second wall: the token's company only
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null, authorities(client.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? Optional.of(header.substring(7).strip())
                : Optional.empty();
    }

    private static List<GrantedAuthority> authorities(ApiClient client) {
        return client.scopes().stream().<GrantedAuthority>map(scope -> new SimpleGrantedAuthority(scope.authority())).toList();
    }
}
