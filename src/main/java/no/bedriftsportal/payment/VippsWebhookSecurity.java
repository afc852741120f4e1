package no.bedriftsportal.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook's own door: Vipps has no session and no CSRF token, and proves itself by the request's
 * HMAC signature, which {@link VippsWebhookController} checks. So: no session, no CSRF, no login.
 * Order 2, like the company API's chain, whose paths ({@code /api/v1/**}) never meet this one: what
 * matters is coming before the portal's chain (3), which takes every other path.
 */
@Configuration(proxyBeanMethods = false)
class VippsWebhookSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain vippsWebhook(HttpSecurity http) throws Exception {
        return http.securityMatcher(VippsWebhookController.PATH)
                .csrf(csrf -> csrf.disable()) // signed by HMAC, never a cookie: nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .build();
    }
}
