package no.bedriftsportal.identity;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Passkeys in the portal's filter chain (X5, #18.4, ADR 0030), by Spring Security's WebAuthn
 * support: {@code POST /webauthn/register/options} and {@code POST /webauthn/register} for a signed-in
 * administrator, {@code POST /webauthn/authenticate/options} and {@code POST /login/webauthn} for the
 * login page's button. Its default pages are off (the portal has its own), its registrations are kept
 * in the session as a snapshot (sessions are in PostgreSQL), and a successful login is turned into
 * the SMS login's session by {@link PasskeySignIn}.
 */
final class PasskeyLogin {

    private PasskeyLogin() {
    }

    static void configure(HttpSecurity http) throws Exception {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        PasskeyProperties properties = context.getBean(PasskeyProperties.class);
        PasskeySignIn signIn = context.getBean(PasskeySignIn.class);
        http.setSharedObject(UserDetailsService.class, context.getBean(PasskeyPeople.class));
        http.addFilterBefore(new PasskeyRequirementFilter(context.getBean(PasskeyPolicy.class), context.getBean(PasskeyAccounts.class)),
                AuthorizationFilter.class);
        http.webAuthn(webAuthn -> webAuthn.rpId(properties.rpId()).rpName(properties.rpName())
                .allowedOrigins(new PasskeyOrigins(properties.allowedOrigins(), context.getEnvironment())).disableDefaultRegistrationPage(true)
                .creationOptionsRepository(new PasskeyCreationOptionsRepository())
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(signIn);
                        return filter;
                    }
                }));
    }
}
