package no.bedriftsportal.identity;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.shared.web.Htmx;
import no.bedriftsportal.shared.web.ProblemResponse;

/**
 * Three doors. The operator API ({@code /api/operator/**}) takes a bearer token, keeps no session
 * and answers every refusal with problem JSON. The company API ({@code /api/v1/**}, ADR 0013) does
 * the same with a company's own tokens, whose scopes open its paths ({@link ApiScope#paths()}). The portal takes a session from the SMS login, checks CSRF on every form and htmx
 * request, and checks roles and module grants on the server for every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginProperties.class, ApiRateLimitProperties.class})
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String COMPANY_API = "/api/v1/**";
    static final String NOTICE_LINKS = "/n/**";
    static final String ORDER_PAGES = "/order";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    /**
     * The security filters are not observed one by one: under load, a timer around each of a
     * dozen filters on every request costs more than it tells; the request's own metric
     * ({@code http.server.requests}) remains.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain operatorApi(HttpSecurity http, @Value("${portal.operator.token:}") String token) throws Exception {
        return http.securityMatcher("/api/operator/**")
                .csrf(csrf -> csrf.disable()) // a bearer token, never a cookie: nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new OperatorTokenFilter(token), AuthorizationFilter.class)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority(OperatorTokenFilter.OPERATOR_ROLE))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> ProblemResponse.write(request, response,
                                ProblemResponse.problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                                        "Send the operator token as 'Authorization: Bearer <token>'.")))
                        .accessDeniedHandler((request, response, e) -> ProblemResponse.write(request, response,
                                ProblemResponse.problem(HttpStatus.FORBIDDEN, "Forbidden", "The operator token does not allow this."))))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain companyApiChain(HttpSecurity http, ApiTokens tokens, ApiRateLimiter limits) throws Exception {
        return http.securityMatcher(COMPANY_API)
                .csrf(csrf -> csrf.disable()) // a bearer token, never a cookie: nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, limits), AuthorizationFilter.class)
                .authorizeHttpRequests(authorize -> {
                    for (ApiScope scope : ApiScope.values()) {
                        for (HttpMethod method : scope.methods()) {
                            authorize.requestMatchers(method, scope.paths()).hasAuthority(scope.authority());
                        }
                    }
                    authorize.anyRequest().authenticated(); // /api/v1/company, /api/v1/customer-accounts; unknown paths get 404
                })
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", ApiTokenFilter.bearer(request).isPresent()
                                    ? "Bearer realm=\"company\", error=\"invalid_token\"" : "Bearer realm=\"company\"");
                            ProblemResponse.write(request, response, ProblemResponse.problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                                    "Send a valid, unrevoked, unexpired company API token as 'Authorization: Bearer bp_…'."));
                        })
                        .accessDeniedHandler((request, response, e) -> ProblemResponse.write(request, response,
                                ProblemResponse.problem(HttpStatus.FORBIDDEN, "Forbidden", ApiScope.requiredFor(request.getMethod(), request.getRequestURI())
                                        .map(scope -> "This token lacks the scope '" + scope.value() + "'.")
                                        .orElse("This token does not allow this.")))))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain portal(HttpSecurity http, SignedInPrincipals principals, OperatorStaff staff, LoginProperties properties,
            Clock clock, AuditLog audit, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, Environment environment)
            throws Exception {
        boolean demo = environment.matchesProfiles("demo");
        PasskeyLogin.configure(http); // passkeys (#18.4, X5, ADR 0030)
        SingleSignOn.configure(http); // a company's own OpenID Connect provider (#18.5, X5)
        return http
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(LOGIN_PAGE, LOGIN_PAGE + "/**", "/css/**", "/js/**", "/img/**", "/geo/**", "/vendor/**",
                            "/webjars/**", "/favicon.ico", "/robots.txt", "/error", "/actuator/health", "/actuator/health/**",
                            "/actuator/info")
                            .permitAll();
                    if (demo) { // the demo's SMS outbox (loopback clients only, DevLoopbackFilter) and its API description
                        authorize.requestMatchers("/dev/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll();
                    }
                    // a notice's signed link (#15.4): it only leads on to the employee's page, through the login
                    authorize.requestMatchers(NOTICE_LINKS).permitAll();
                    // the public order form and the orderer's status page (#17.4, G1)
                    authorize.requestMatchers(ORDER_PAGES, ORDER_PAGES + "/**").permitAll();
                    // the operator's staff (#17.4): their pages only, and only theirs reach them
                    authorize.requestMatchers(StaffPrincipal.ROOT, StaffPrincipal.ROOT + "/**").hasAuthority(StaffPrincipal.AUTHORITY);
                    authorize.requestMatchers(EmployeePrincipal.HOME, EmployeePrincipal.HOME + "/**")
                            .hasAuthority(EmployeePrincipal.AUTHORITY);
                    authorize.requestMatchers(HttpMethod.POST, SideSwitchController.PATH).authenticated();
                    authorize.requestMatchers("/settings/**").hasAuthority(Role.SUPER_USER.authority());
                    for (PortalModule module : PortalModule.values()) {
                        authorize.requestMatchers(module.paths()).hasAuthority(module.authority());
                    }
                    // everything else is the administration's: an employee reaches only their own pages (#15.1)
                    authorize.anyRequest().hasAnyAuthority(Role.SUPER_USER.authority(), Role.USER.authority());
                })
                .securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .addFilterAfter(new PortalAccessFilter(principals, staff, properties, clock), SecurityContextHolderFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(accessDenied()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .addLogoutHandler(auditLogout(audit)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * Pages go to the login page; htmx is told to go there; JSON callers get a 401. The redirect is
     * relative: a Location never carries a host taken from the request's Host or X-Forwarded-Host.
     */
    private static AuthenticationEntryPoint entryPoint() {
        RedirectStrategy loginPage = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            if (Htmx.isHtmxRequest(request)) {
                response.setHeader(Htmx.REDIRECT_HEADER, LOGIN_PAGE);
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
            } else if (request.getRequestURI().startsWith("/api/")) {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            } else {
                loginPage.sendRedirect(request, response, LOGIN_PAGE);
            }
        };
    }

    /**
     * An employee (or a member of staff) who opens the administration's front page (the logo, an old
     * bookmark) is taken to their own; every other refusal is a plain 403.
     */
    private static AccessDeniedHandler accessDenied() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof EmployeePrincipal
                    && "GET".equals(request.getMethod()) && "/".equals(request.getRequestURI()) && !Htmx.isHtmxRequest(request)) {
                response.sendRedirect(EmployeePrincipal.HOME);
            } else if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal
                    && "GET".equals(request.getMethod()) && "/".equals(request.getRequestURI()) && !Htmx.isHtmxRequest(request)) {
                response.sendRedirect(StaffPrincipal.HOME);
            } else {
                forbidden.handle(request, response, exception);
            }
        };
    }

    private static LogoutHandler auditLogout(AuditLog audit) {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal me) {
                audit.record(me.companyId(), me.msisdn(), me.name(), AuditAction.LOGOUT.name(), me.msisdn(), null,
                        request.getRemoteAddr());
            } else if (authentication != null && authentication.getPrincipal() instanceof EmployeePrincipal me) {
                audit.record(me.companyId(), me.msisdn(), me.name(), AuditAction.LOGOUT.name(), me.msisdn(), null,
                        request.getRemoteAddr());
            }
        };
    }
}
