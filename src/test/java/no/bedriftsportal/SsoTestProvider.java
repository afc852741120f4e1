package no.bedriftsportal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.Session;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A company's own OpenID Connect provider for the single sign-on tests (#18.5): Spring Authorization
 * Server in a small application context of its own, on a free loopback port, with OIDC, a login
 * form, its users' {@code phone_number}/{@code email} claims (verified or not) in their ID tokens,
 * and confidential clients the tests register with the portal's callback. It is no bean of the
 * portal's: nothing of it is in the portal's contexts. Its issuer is {@code http://localhost:<port>}.
 */
public final class SsoTestProvider implements AutoCloseable {

    /** A person who can sign in at the provider: user name and password on its form, and the claims of their ID token. */
    public record Person(String username, String password, Map<String, Object> claims) {

        public static Person withPhone(String username, String e164, boolean verified) {
            return new Person(username, "passord-" + username, Map.of("phone_number", e164, "phone_number_verified", verified));
        }

        public static Person withEmail(String username, String email, boolean verified) {
            return new Person(username, "passord-" + username, Map.of("email", email, "email_verified", verified));
        }
    }

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final Clients clients;
    private final Map<String, Map<String, Object>> claims;
    private final InMemoryUserDetailsManager users;

    private SsoTestProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
        this.clients = context.getBean(Clients.class);
        this.claims = context.getBean(Claims.class).byUser();
        this.users = context.getBean(InMemoryUserDetailsManager.class);
    }

    public static SsoTestProvider start() {
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(TomcatServletWebServerFactory.class, () -> {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            Session session = new Session();
            session.getCookie().setName("SSO_TEST_PROVIDER"); // the portal on the same host keeps its own cookie
            factory.setSession(session);
            factory.setAddress(java.net.InetAddress.getLoopbackAddress());
            factory.setRegisterDefaultServlet(true); // Tomcat runs the filters (where the provider lives) only for a mapped servlet
            return factory;
        });
        context.register(Provider.class);
        context.refresh();
        return new SsoTestProvider(context);
    }

    public String issuer() {
        return "http://localhost:" + context.getWebServer().getPort();
    }

    /** A confidential client (secret by HTTP Basic) that may return to this redirect URI; registering its id again replaces it. */
    public void client(String clientId, String secret, String redirectUri) {
        clients.save(RegisteredClient.withId(clientId).clientId(clientId).clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scopes(scopes -> scopes.addAll(Set.of(OidcScopes.OPENID, OidcScopes.EMAIL, OidcScopes.PHONE)))
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true).build())
                .build());
    }

    /** Someone who may sign in at the provider (again: their claims change). */
    public Person person(Person person) {
        claims.put(person.username(), person.claims());
        if (users.userExists(person.username())) {
            users.deleteUser(person.username());
        }
        users.createUser(User.withUsername(person.username()).password("{noop}" + person.password()).roles("EMPLOYEE").build());
        return person;
    }

    @Override
    public void close() {
        context.close();
    }

    /** The registered clients, changeable while the provider runs. */
    static final class Clients implements RegisteredClientRepository {
        private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

        @Override
        public void save(RegisteredClient client) {
            byId.put(client.getId(), client);
        }

        @Override
        public RegisteredClient findById(String id) {
            return byId.get(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return byId.values().stream().filter(client -> client.getClientId().equals(clientId)).findFirst().orElse(null);
        }
    }

    record Claims(Map<String, Map<String, Object>> byUser) {
    }

    /** Registered by hand into the provider's own context; not a {@code @Configuration}, so the portal's scan never finds it. */
    @EnableWebSecurity
    static class Provider {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        Clients clients() {
            return new Clients();
        }

        @Bean
        Claims claims() {
            return new Claims(new ConcurrentHashMap<>());
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(Claims claims) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    claims.byUser().getOrDefault(context.getPrincipal().getName(), Map.of())
                            .forEach((name, value) -> context.getClaims().claim(name, value));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(List.of(key)));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
