package no.bedriftsportal.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
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
import no.bedriftsportal.identity.TokenBuckets.Decision;
import no.bedriftsportal.shared.database.PortalRequestScope;
import no.bedriftsportal.shared.web.ProblemResponse;

/**
 * The company API's door: {@code Authorization: Bearer bp_…}, looked up by its hash. A valid token
 * makes the request its company's (row-level security, ADR 0010) with the token's scopes as
 * authorities; anything else leaves it anonymous, for the chain's entry point to answer 401.
 * Rate limits ({@link ApiRateLimiter}): a token over its limit, or an address that sent too many
 * wrong tokens of late, gets 429 with {@code Retry-After}; a wrong token counts against its address.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApiRateLimiter limits;

    ApiTokenFilter(ApiTokens tokens, ApiRateLimiter limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> bearer = bearer(request);
        String address = request.getRemoteAddr();
        if (bearer.isPresent()) {
            Decision mayTry = limits.mayTry(address);
            if (!mayTry.allowed()) {
                tooMany(request, response, mayTry, "Too many invalid tokens from this address; wait before trying again.");
                return;
            }
        }
        Optional<ApiClient> client = bearer.flatMap(secret -> tokens.authenticate(secret, address));
        if (client.isEmpty()) {
            bearer.ifPresent(secret -> limits.failed(address));
            chain.doFilter(request, response);
            return;
        }
        Decision call = limits.call(client.get().tokenId());
        response.setHeader("RateLimit-Limit", String.valueOf(limits.limit()));
        response.setHeader("RateLimit-Remaining", String.valueOf(call.remaining()));
        if (!call.allowed()) {
            tooMany(request, response, call, "This token made more than " + limits.limit()
                    + " calls a minute; wait before calling again.");
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

    private static void tooMany(HttpServletRequest request, HttpServletResponse response, Decision decision, String detail)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        ProblemResponse.write(request, response, ProblemResponse.problem(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", detail));
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
