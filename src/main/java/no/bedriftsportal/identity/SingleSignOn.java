package no.bedriftsportal.identity;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.core.Authentication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Single sign-on with a company's own OpenID Connect provider (X5, #18.5, ADR 0031), added to the
 * portal's filter chain by one call, {@link #configure(HttpSecurity)}: Spring Security's OAuth2
 * login (authorization code with PKCE, state and nonce) over the companies' registrations
 * ({@link SsoClientRegistrations}), the claims matched to a person ({@link SsoUserService}), and the
 * SMS login's own session at the end ({@link SsoLoginSuccess}). Its callback
 * {@code /login/oauth2/code/company-<id>} and its start {@code /oauth2/authorization/company-<id>}
 * are filters of the chain, not routes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoProperties.class)
class SingleSignOn {

    static final String START = "/oauth2/authorization";

    static void configure(HttpSecurity http) throws Exception {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        http.oauth2Login(login -> login
                .loginPage(SsoLoginController.PATH) // never Spring's generated login page
                .clientRegistrationRepository(context.getBean(SsoClientRegistrations.class))
                .authorizedClientRepository(new NoAuthorizedClients())
                .authorizationEndpoint(start -> start.baseUri(START))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(context.getBean(SsoUserService.class)))
                .successHandler(context.getBean(SsoLoginSuccess.class))
                .failureHandler(context.getBean(SsoLoginFailure.class)));
    }

    /**
     * The ID tokens' decoders, one per registration as it is now: Spring's own factory keeps one per
     * registration id for ever, which would keep checking an old issuer, client id or key set after a
     * company changes its provider.
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> ssoIdTokenDecoders() {
        ConcurrentHashMap<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
        return registration -> {
            String key = registration.getRegistrationId() + "|" + registration.getClientId() + "|"
                    + registration.getProviderDetails().getIssuerUri() + "|" + registration.getProviderDetails().getJwkSetUri();
            if (decoders.size() > 10_000) {
                decoders.clear();
            }
            return decoders.computeIfAbsent(key, ignored -> new OidcIdTokenDecoderFactory().createDecoder(registration));
        };
    }

    /** The portal calls no API of the provider after the login: it keeps none of its tokens. */
    static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        @SuppressWarnings("unchecked")
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId, Authentication principal,
                HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept
        }
    }
}
