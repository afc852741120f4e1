package no.bedriftsportal;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.identity.Role;

/**
 * Calls an application service as a signed-in super user would through a page (the request's user
 * and client address), for a test that calls the service directly: what the audit trail takes from
 * the request is there.
 */
public final class SignedInCall {

    private SignedInCall() {
    }

    public static <T> T as(long companyId, String msisdn, String name, Supplier<T> call) {
        PortalPrincipal me = new PortalPrincipal(companyId, "Test", 0, msisdn, name, Role.SUPER_USER, null,
                EnumSet.allOf(PortalModule.class), false);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, List.of()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
