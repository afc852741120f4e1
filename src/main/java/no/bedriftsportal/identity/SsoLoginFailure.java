package no.bedriftsportal.identity;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A single sign-on that did not end in a login goes back to the SSO login page with its reason
 * (never the provider's own words): a refusal of the portal's ({@link SsoUserService}), the user
 * cancelling at the provider, or any other failure of the flow (state, token, signature).
 */
@Component
class SsoLoginFailure implements AuthenticationFailureHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SsoLoginFailure.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = "failed";
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            if (code.startsWith(SsoUserService.REFUSED)) {
                reason = code.substring(SsoUserService.REFUSED.length());
            } else if ("access_denied".equals(code)) {
                reason = "cancelled";
            }
        }
        if (reason.equals("failed")) {
            LOG.info("A single sign-on failed: {}", exception.getMessage());
        }
        response.sendRedirect(SsoLoginController.PATH + "?error=" + reason);
    }
}
