package no.bedriftsportal.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import no.bedriftsportal.shared.database.PortalRequestScope;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Turns the session's {@link SignedInUser} into this request's {@link PortalPrincipal}, as of the
 * company's current data version ({@link SignedInPrincipals}): a removed user, changed grants or an
 * ended subscription apply at the next request. A session older than the absolute limit (12 hours)
 * is ended whatever its activity.
 */
class PortalAccessFilter extends OncePerRequestFilter {

    private final SignedInPrincipals principals;
    private final OperatorStaff staff;
    private final LoginProperties properties;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    PortalAccessFilter(SignedInPrincipals principals, OperatorStaff staff, LoginProperties properties, Clock clock) {
        this.principals = principals;
        this.staff = staff;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            PortalRequestScope.signedIn(signedIn.companyId()); // the second wall: this company's rows only (ADR 0010)
            Optional<?> principal = expired(signedIn) ? Optional.empty() : principals.of(signedIn);
            if (principal.isPresent()) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), signedIn,
                        authorities(principal.get())));
                holder.setContext(context);
            } else {
                PortalRequestScope.signedOut();
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        } else if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff signedIn) {
            // no company is set: a staff request sees no company's rows (#17.4, ADR 0026)
            boolean expired = signedIn.authenticatedAt().plus(properties.absoluteSessionTimeout()).isBefore(clock.instant());
            Optional<StaffPrincipal> principal = expired ? Optional.empty() : staff.principal(signedIn.staffId());
            if (principal.isPresent()) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), signedIn,
                        authorities(principal.get())));
                holder.setContext(context);
            } else {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean expired(SignedInUser signedIn) {
        return signedIn.authenticatedAt().plus(properties.absoluteSessionTimeout()).isBefore(clock.instant());
    }

    /** An employee has their own authority only: none of the administration's roles or modules (#15.1). */
    static List<GrantedAuthority> authorities(Object principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (principal instanceof PortalPrincipal administrator) {
            authorities.add(new SimpleGrantedAuthority(administrator.role().authority()));
            administrator.modules().forEach(module -> authorities.add(new SimpleGrantedAuthority(module.authority())));
        } else if (principal instanceof EmployeePrincipal) {
            authorities.add(new SimpleGrantedAuthority(EmployeePrincipal.AUTHORITY));
        } else if (principal instanceof StaffPrincipal) {
            authorities.add(new SimpleGrantedAuthority(StaffPrincipal.AUTHORITY));
        }
        return authorities;
    }
}
