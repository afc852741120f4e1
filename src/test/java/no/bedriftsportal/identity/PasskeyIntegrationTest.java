package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.SoftwarePasskey;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Passkeys (X5, #18.4) over HTTP on PostgreSQL: registration through Spring Security's WebAuthn
 * endpoints with a software authenticator, what is stored (in the user's company), the login that
 * makes the SMS login's session, naming and removing, the company's rule for super users, and who
 * is refused.
 */
@PortalIntegrationTest
class PasskeyIntegrationTest {

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
    PortalUsers portalUsers;

    @Autowired
    TestClock clock;

    TestCompany company;

    @BeforeEach
    void company() {
        company = mother.company("Salg", "Drift");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSuperUserRegistersAPasskeyAndLogsInWithItInsteadOfAnSmsCode() {
        Msisdn superUser = company.superUser();
        PortalHttpClient browser = signedIn(superUser);
        assertThat(browser.get("/account/passkeys").status()).isEqualTo(200);
        Download options = browser.exchange("POST", "/webauthn/register/options", "application/json", null);
        String json = new String(options.content(), StandardCharsets.UTF_8);
        assertThat(options.status()).isEqualTo(200);
        assertThat(json).contains("\"rp\"", "\"localhost\"", "\"name\":\"" + company.id() + ":" + superUser.value() + "\"");

        SoftwarePasskey passkey = SoftwarePasskey.forTests();
        Download registered = passkey.register(browser, "Jobb-PC");
        assertThat(registered.status()).isEqualTo(200);
        assertThat(new String(registered.content(), StandardCharsets.UTF_8)).contains("\"success\":true");
        assertThat(jdbc.sql("select company_id from user_credentials where credential_id = :id").param("id", passkey.credentialId())
                .query(Long.class).single()).isEqualTo(company.id());
        Page page = browser.get("/account/passkeys");
        assertThat(page.body()).contains("Jobb-PC").contains("Aldri brukt");

        clock.advance(java.time.Duration.ofMinutes(5));
        PortalHttpClient later = new PortalHttpClient(port);
        Download login = passkey.logIn(later);
        assertThat(login.status()).isEqualTo(200);
        assertThat(new String(login.content(), StandardCharsets.UTF_8)).isEqualTo("{\"authenticated\":true,\"redirectUrl\":\"/\"}");
        Page dashboard = later.get("/");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(later.get("/settings/access").status()).isEqualTo(200);
        assertThat(later.get("/account/passkeys").body()).doesNotContain("Aldri brukt");
        assertThat(audit(company.id())).contains("PASSKEY_REGISTERED [\"Jobb-PC\"]", "LOGIN_SUCCEEDED passnøkkel");
    }

    @Test
    void aPasskeyLoginGivesTheSameGrantsAsTheSmsLogin() {
        Msisdn user = company.user(1);
        PortalHttpClient bySms = signedIn(user);
        SoftwarePasskey passkey = SoftwarePasskey.forTests();
        bySms.get("/account/passkeys");
        assertThat(passkey.register(bySms, "Mobil").status()).isEqualTo(200);
        PortalHttpClient byPasskey = new PortalHttpClient(port);
        assertThat(passkey.logIn(byPasskey).status()).isEqualTo(200);
        for (String path : List.of("/", "/settings/access", "/settings/company", "/subscriptions", "/invoices", "/account/passkeys")) {
            assertThat(byPasskey.get(path).status()).as(path).isEqualTo(bySms.get(path).status());
        }
        assertThat(byPasskey.get("/settings/access").status()).isEqualTo(403);
    }

    @Test
    void aRemovedPortalUserCannotLogInWithTheirPasskey() {
        Msisdn user = company.user(0);
        PortalHttpClient browser = signedIn(user);
        browser.get("/account/passkeys");
        SoftwarePasskey passkey = SoftwarePasskey.forTests();
        assertThat(passkey.register(browser, "Mobil").status()).isEqualTo(200);
        portalUsers.remove(company.id(), company.portalUser(user).id(), Actor.operator("127.0.0.1"));

        PortalHttpClient later = new PortalHttpClient(port);
        assertThat(passkey.logIn(later).status()).isEqualTo(401);
        assertThat(later.get("/").redirectsTo("/login")).isTrue();
        assertThat(audit(company.id())).contains("LOGIN_FAILED \"passnøkkel uten tilgang\"");
    }

    @Test
    void aPasskeyIsRenamedAndRemovedByItsOwnerOnly() {
        Msisdn owner = company.superUser();
        PortalHttpClient browser = signedIn(owner);
        browser.get("/account/passkeys");
        SoftwarePasskey passkey = SoftwarePasskey.forTests();
        passkey.register(browser, "Gammel");
        browser.get("/account/passkeys");
        String base = "/account/passkeys/" + passkey.credentialId();

        Page refused = browser.post(base + "/label", Map.of("label", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Skriv et navn på 1 til 60 tegn.");
        assertThat(browser.post(base + "/label", Map.of("label", "Ny")).redirectsTo("/account/passkeys")).isTrue();
        assertThat(browser.get("/account/passkeys").body()).contains("value=\"Ny\"");

        PortalHttpClient other = signedIn(company.superUser());
        other.get("/account/passkeys");
        assertThat(other.post(base + "/remove", Map.of()).status()).isEqualTo(404);
        assertThat(other.post(base + "/label", Map.of("label", "Min")).status()).isEqualTo(404);

        assertThat(browser.post(base + "/remove", Map.of()).redirectsTo("/account/passkeys")).isTrue();
        assertThat(jdbc.sql("select count(*) from user_credentials where company_id = :c").param("c", company.id())
                .query(Integer.class).single()).isZero();
        assertThat(audit(company.id())).contains("PASSKEY_RENAMED [\"Gammel\", \"Ny\"]", "PASSKEY_REMOVED [\"Ny\"]");
        assertThat(passkey.logIn(new PortalHttpClient(port)).status()).isEqualTo(401);
    }

    @Test
    void anEmployeeWithoutPortalAccessRegistersNoPasskey() {
        Msisdn employee = company.subscriber(0, "FRI_5", "Eva Ansatt");
        PortalHttpClient browser = signedIn(employee);
        assertThat(browser.get("/account/passkeys").status()).isEqualTo(403);
        assertThat(browser.exchange("POST", "/webauthn/register/options", "application/json", null).status()).isEqualTo(403);
        assertThat(new PortalHttpClient(port).exchange("POST", "/webauthn/register/options", "application/json", null).status())
                .isIn(401, 403);
    }

    @Test
    void whenTheCompanyRequiresPasskeysASuperUserRegistersOneAfterTheSmsLoginAndThenUsesIt() {
        Msisdn superUser = company.superUser();
        Msisdn user = company.user(0);
        CompanyApiClient api = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.SETTINGS_READ, ApiScope.SETTINGS_MANAGE));
        assertThat(api.get("/api/v1/settings/passkeys").<Boolean>json("$.requiredForSuperUsers")).isFalse();
        assertThat(api.exchange("PUT", "/api/v1/settings/passkeys", "{\"requiredForSuperUsers\": true}")
                .<Boolean>json("$.requiredForSuperUsers")).isTrue();
        assertThat(api.exchange("PUT", "/api/v1/settings/passkeys", "{}").status()).isEqualTo(400);

        PortalHttpClient first = signedIn(superUser);
        assertThat(first.get("/").redirectsTo("/account/passkeys?required")).isTrue();
        assertThat(first.get("/account/passkeys").body()).contains("Firmaet krever at superbrukere logger inn med passnøkkel");
        SoftwarePasskey passkey = SoftwarePasskey.forTests();
        assertThat(passkey.register(first, "Jobb-PC").status()).isEqualTo(200);
        assertThat(first.get("/").status()).isEqualTo(200); // the session that registered the first passkey is good

        PortalHttpClient bySms = signedIn(superUser);
        assertThat(bySms.get("/").redirectsTo("/login?passkeyRequired")).isTrue();
        assertThat(bySms.get("/").redirectsTo("/login")).isTrue(); // the session is gone
        PortalHttpClient byPasskey = new PortalHttpClient(port);
        assertThat(passkey.logIn(byPasskey).status()).isEqualTo(200);
        assertThat(byPasskey.get("/").status()).isEqualTo(200);
        assertThat(signedIn(user).get("/").status()).isEqualTo(200); // users are not super users: SMS as before

        assertThat(byPasskey.get("/settings/company").body()).contains("id=\"requiredForSuperUsers\"");
        assertThat(byPasskey.post("/settings/company/passkeys", Map.of()).redirectsTo("/settings/company")).isTrue();
        assertThat(signedIn(superUser).get("/").status()).isEqualTo(200);
        assertThat(audit(company.id())).contains("PASSKEY_POLICY_SET []");
    }

    private PortalHttpClient signedIn(Msisdn msisdn) {
        PortalHttpClient browser = new PortalHttpClient(port);
        Page page = browser.logIn(msisdn, outbox);
        assertThat(page.status()).as("SMS login of " + msisdn).isEqualTo(302);
        return browser;
    }

    /** The company's audit log, oldest first: action and the facts' arguments, or the login's detail. */
    private List<String> audit(long companyId) {
        return jdbc.sql("""
                select action || ' ' || coalesce(facts -> 'arguments', to_jsonb(details), '[]'::jsonb)::text from audit_event
                where company_id = :c order by audit_event_id""")
                .param("c", companyId).query(String.class).list().stream().map(line -> line.replace("\"passnøkkel\"", "passnøkkel"))
                .toList();
    }
}
