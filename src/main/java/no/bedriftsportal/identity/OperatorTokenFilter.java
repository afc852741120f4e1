package no.bedriftsportal.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.web.ProblemResponse;

/**
 * The operator API's door: {@code Authorization: Bearer <PORTAL_OPERATOR_TOKEN>}, compared in
 * constant time. With no token configured the API is off and says so.
 */
class OperatorTokenFilter extends OncePerRequestFilter {

    static final String OPERATOR_ROLE = "ROLE_OPERATOR";

    private final byte[] token;

    OperatorTokenFilter(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            ProblemResponse.write(request, response, ProblemResponse.problem(HttpStatus.SERVICE_UNAVAILABLE, "Operator API is off",
                    "The operator API is off until PORTAL_OPERATOR_TOKEN is set."));
            return;
        }
        String header = request.getHeader("Authorization");
        byte[] presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, presented)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"operator\"");
            ProblemResponse.write(request, response, ProblemResponse.problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "Send the operator token as 'Authorization: Bearer <token>'."));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operator", null,
                List.of(new SimpleGrantedAuthority(OPERATOR_ROLE))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
