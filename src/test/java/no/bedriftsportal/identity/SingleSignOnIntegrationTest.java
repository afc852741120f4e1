package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.SsoHttpLogin;
import no.bedriftsportal.SsoTestProvider;
import no.bedriftsportal.SsoTestProvider.Person;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Single sign-on (X5, #18.5) against a provider of the test's own (Spring Authorization Server on
 * its own port): connecting it on Innstillinger → Innlogging and through the API, and logging in by
 * a verified mobile number or e-mail, with every refusal the matching owes.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnIntegrationTest {

    private static final String SECRET = "hemmelig-klient-secret-1234";

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    SsoTestProvider provider;
    TestCompany company;
    Msisdn superUser;
    PortalHttpClient admin;

    @BeforeAll
    void startTheProvider() {
        provider = SsoTestProvider.start();
    }

    @AfterAll
    void stopTheProvider() {
        provider.close();
    }

    @BeforeEach
    void aCompanyWithItsSuperUser() {
        company = mother.company("Salg", "Drift");
        superUser = company.superUser();
        admin = new PortalHttpClient(port);
        admin.logIn(superUser, outbox);
    }

    @Test
    void aSuperUserConnectsTheProviderAfterItsDiscoveryIsChecked() {
        Page saved = connect(company, admin, "PHONE_NUMBER", "");

        assertThat(saved.redirectsTo("/settings/sso")).as(saved.body()).isTrue();
        Page page = admin.get("/settings/sso");
        assertThat(page.body()).contains(provider.issuer(), "client-" + company.id(), "/login/oauth2/code/company-" + company.id())
                .doesNotContain(SECRET);
        byte[] stored = jdbc.sql("select client_secret from sso_provider where company_id = :id").param("id", company.id())
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :id and action = 'SSO_PROVIDER_SAVED'")
                .param("id", company.id()).query(Integer.class).single()).isEqualTo(1);

        // saved again without a secret: the stored one is kept
        Page again = admin.post("/settings/sso", Map.of("issuer", provider.issuer(), "clientId", "client-" + company.id(),
                "clientSecret", "", "matchClaim", "PHONE_NUMBER", "emailDomains", "", "enabled", "true"));
        assertThat(again.redirectsTo("/settings/sso")).isTrue();
        assertThat(jdbc.sql("select client_secret from sso_provider where company_id = :id").param("id", company.id())
                .query(byte[].class).single()).isEqualTo(stored);
    }

    @Test
    void anIssuerWithoutAUsableDiscoveryDocumentIsRefusedBesideItsField() {
        admin.get("/settings/sso");
        Page wrongPath = admin.post("/settings/sso", Map.of("issuer", provider.issuer() + "/ingen", "clientId", "x",
                "clientSecret", "y", "matchClaim", "EMAIL", "emailDomains", "", "enabled", "true"));
        assertThat(wrongPath.status()).isEqualTo(400);
        assertThat(wrongPath.body()).contains("id=\"sso-issuer-error\"", "Adressen har ingen gyldig /.well-known/openid-configuration",
                "aria-invalid=\"true\"", provider.issuer() + "/ingen");

        Page notAnAddress = admin.post("/settings/sso", Map.of("issuer", "ftp://example", "clientId", "", "clientSecret", "",
                "matchClaim", "EMAIL", "emailDomains", "ikke et domene", "enabled", "true"));
        assertThat(notAnAddress.status()).isEqualTo(400);
        assertThat(notAnAddress.body()).contains("id=\"sso-issuer-error\"", "id=\"sso-clientId-error\"", "id=\"sso-clientSecret-error\"",
                "id=\"sso-emailDomains-error\"");
        assertThat(jdbc.sql("select count(*) from sso_provider where company_id = :id").param("id", company.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aVerifiedMobileNumberSignsTheUserInWithTheirOwnGrants() {
        connect(company, admin, "PHONE_NUMBER", "");
        Msisdn user = company.userWith(Set.of(PortalModule.INVOICES), 1);
        Person person = provider.person(Person.withPhone("bruker-" + user.national(), user.value(), true));

        SsoHttpLogin.Outcome outcome = new SsoHttpLogin(port).logIn(company.company().orgNumber().value(), person);

        assertThat(outcome.authorization()).contains("code_challenge=", "code_challenge_method=S256", "state=", "nonce=");
        assertThat(outcome.signedIn()).as(outcome.toString()).isTrue();
        assertThat(outcome.location()).endsWith("/");
        PortalHttpClient signedIn = new PortalHttpClient(port).header("Cookie", "SESSION=" + outcome.session());
        assertThat(signedIn.get("/").status()).isEqualTo(200);
        assertThat(signedIn.get("/invoices?customerNumber=" + company.account(1).number()).status()).isEqualTo(200);
        assertThat(signedIn.get("/settings/sso").status()).isEqualTo(403);
        assertThat(signedIn.get("/invoice-control").status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where company_id = :id and action = 'LOGIN_SUCCEEDED' and actor = :msisdn
                  and facts ->> 'variant' = 'SSO'""").param("id", company.id()).param("msisdn", user.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aVerifiedEmailSignsInThroughItsDomain() {
        String domain = "firma" + company.id() + ".test";
        connect(company, admin, "EMAIL", domain);
        Msisdn colleague = company.subscriberWithEmail(0, "FRI_5", "Kari Epost", "Kari.Epost@" + domain);
        admin.get("/settings/access/new");
        admin.post("/settings/access", Map.of("msisdn", colleague.display(), "role", "SUPER_USER"));
        Person person = provider.person(Person.withEmail("kari-" + company.id(), "kari.epost@" + domain, true));

        SsoHttpLogin.Outcome outcome = new SsoHttpLogin(port).logIn("kari.epost@" + domain, person);

        assertThat(outcome.signedIn()).as(outcome.toString()).isTrue();
        PortalHttpClient signedIn = new PortalHttpClient(port).header("Cookie", "SESSION=" + outcome.session());
        assertThat(signedIn.get("/settings/sso").status()).isEqualTo(200);
    }

    @Test
    void anUnverifiedClaimIsRefused() {
        connect(company, admin, "PHONE_NUMBER", "");
        Msisdn user = company.user(0);
        Person person = provider.person(Person.withPhone("uverifisert-" + user.national(), user.value(), false));

        SsoHttpLogin.Outcome outcome = new SsoHttpLogin(port).logIn(company.company().orgNumber().value(), person);

        assertThat(outcome.location()).endsWith("/login/sso?error=unverified");
        assertThat(new PortalHttpClient(port).get("/login/sso?error=unverified").body()).contains("id=\"sso-refusal\"",
                "ikke bekreftet hos firmaets pålogging");
        assertThat(new PortalHttpClient(port).header("Cookie", "SESSION=" + outcome.session()).get("/").status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :id and action = 'LOGIN_FAILED'")
                .param("id", company.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anotherCompanysUserIsRefused() {
        connect(company, admin, "PHONE_NUMBER", "");
        TestCompany other = mother.company("Lager");
        Msisdn othersSuperUser = other.superUser();
        Person person = provider.person(Person.withPhone("annen-" + othersSuperUser.national(), othersSuperUser.value(), true));

        SsoHttpLogin.Outcome outcome = new SsoHttpLogin(port).logIn(company.company().orgNumber().value(), person);

        assertThat(outcome.location()).endsWith("/login/sso?error=unknown");
        assertThat(new PortalHttpClient(port).header("Cookie", "SESSION=" + outcome.session()).get("/").status()).isEqualTo(302);
    }

    @Test
    void anUnknownNumberIsRefused() {
        connect(company, admin, "PHONE_NUMBER", "");
        Person person = provider.person(Person.withPhone("ukjent-" + company.id(), CompanyMother.nextMsisdn().value(), true));

        SsoHttpLogin.Outcome outcome = new SsoHttpLogin(port).logIn(company.company().orgNumber().value(), person);

        assertThat(outcome.location()).endsWith("/login/sso?error=unknown");
    }

    /** The authorization server is on the tests' classpath, but none of it may be in the portal (its own provider is elsewhere). */
    @Test
    void thePortalHasNoPartOfAnAuthorizationServer() {
        assertThat(context.getBeanNamesForType(org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(
                org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings.class)).isEmpty();
        assertThat(context.getBeanNamesForType(com.nimbusds.jose.jwk.source.JWKSource.class)).isEmpty();
        assertThat(new PortalHttpClient(port).get("/.well-known/openid-configuration").status()).isIn(302, 404);
    }

    @Test
    void aCompanyWithoutAProviderIsNotFoundOnTheSsoPage() {
        SsoHttpLogin.Outcome outcome = new SsoHttpLogin(port).logIn(company.company().orgNumber().value(),
                new Person("ingen", "ingen", Map.of()));

        assertThat(outcome.status()).isEqualTo(400);
    }

    @Test
    void theApiReadsAndChangesTheProviderButNeverShowsTheSecret() {
        CompanyApiClient reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.SETTINGS_READ));
        CompanyApiClient manager = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.SETTINGS_READ,
                ApiScope.SETTINGS_MANAGE));
        provider.client("api-" + company.id(), SECRET, "http://localhost:" + port + "/login/oauth2/code/company-" + company.id());
        String body = "{\"issuer\": \"" + provider.issuer() + "\", \"clientId\": \"api-" + company.id() + "\", \"clientSecret\": \""
                + SECRET + "\", \"matchClaim\": \"EMAIL\", \"emailDomains\": [\"api" + company.id() + ".test\"], \"enabled\": true}";

        assertThat(reader.get("/api/v1/settings/sso").<Boolean>json("$.configured")).isFalse();
        assertThat(reader.exchange("PUT", "/api/v1/settings/sso", body).status()).isEqualTo(403);
        CompanyApiClient.Response saved = manager.exchange("PUT", "/api/v1/settings/sso", body);
        assertThat(saved.status()).isEqualTo(200);
        CompanyApiClient.Response read = reader.get("/api/v1/settings/sso");
        assertThat(read.<String>json("$.issuer")).isEqualTo(provider.issuer());
        assertThat(read.<Boolean>json("$.clientSecretSet")).isTrue();
        assertThat(read.<List<String>>json("$.emailDomains")).containsExactly("api" + company.id() + ".test");
        assertThat(read.body()).doesNotContain(SECRET);
        CompanyApiClient.Response refused = manager.exchange("PUT", "/api/v1/settings/sso", body.replace(provider.issuer(),
                provider.issuer() + "/feil"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("issuer");
    }

    /** Registers the company's client at the provider and connects the provider on the settings page. */
    private Page connect(TestCompany target, PortalHttpClient superUserClient, String claim, String domains) {
        provider.client("client-" + target.id(), SECRET, "http://localhost:" + port + "/login/oauth2/code/company-" + target.id());
        superUserClient.get("/settings/sso");
        return superUserClient.post("/settings/sso", Map.of("issuer", provider.issuer(), "clientId", "client-" + target.id(),
                "clientSecret", SECRET, "matchClaim", claim, "emailDomains", domains, "enabled", "true"));
    }
}
