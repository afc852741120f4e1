package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Settings → API (#13.1) over HTTP: super users only, the secret in the POST's answer once, form
 * errors next to their field, revoking, and the audit log's entries for making, first use of a
 * day, and revoking.
 */
@PortalIntegrationTest
class ApiSettingsIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("id=\"new-secret\"[^>]*>(bp_[A-Za-z0-9_-]{43})</textarea>");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    TestCompany company;
    Msisdn superUser;
    PortalHttpClient admin;

    @BeforeEach
    void signedInSuperUser() {
        company = mother.company("Salg", "Drift");
        admin = new PortalHttpClient(port);
        superUser = company.superUser();
        admin.logIn(superUser, outbox);
        admin.get("/settings/api"); // the form's CSRF token
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSecretIsInTheAnswerToThePostOnlyAndItsFirstCallOfEachDayIsAudited() {
        clock.set(Oslo.startOf(Oslo.today(clock)).plus(Duration.ofHours(12))); // noon: two hours later is the same day
        Page made = admin.post("/settings/api", Map.of("name", "Lønn", "scopes", List.of("dashboard:read", "invoices:read"),
                "accounts", "chosen", "customerAccounts", List.of(company.account(1).id()), "lastDay", "31.12.2099"));

        assertThat(made.status()).isEqualTo(200);
        String secret = secretIn(made.body());
        assertThat(made.body()).contains("Du får ikke se den igjen", "Ny API-nøkkel «Lønn»");
        assertThat(made.headers().get("cache-control")).anySatisfy(value -> assertThat(value).contains("no-store"));
        Page list = admin.get("/settings/api");
        assertThat(list.body()).doesNotContain(secret).contains(secret.substring(0, 8) + "…", "Lønn", "Dashboard", "Faktura",
                company.account(1).number() + " Drift", "31.12.2099", "Aktiv", "Aldri");
        assertThat(secretOrNull(list.body())).isNull();

        CompanyApiClient api = new CompanyApiClient(port, secret);
        for (int call = 0; call < 3; call++) {
            assertThat(api.get("/api/v1/company").status()).isEqualTo(200);
        }
        clock.advance(Duration.ofHours(2));
        assertThat(api.get("/api/v1/company").status()).isEqualTo(200);
        assertThat(audited("API_TOKEN_USED")).hasSize(1);
        clock.advance(Duration.ofDays(1));
        assertThat(api.get("/api/v1/company").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/company").status()).isEqualTo(200);

        List<Map<String, Object>> uses = audited("API_TOKEN_USED");
        assertThat(uses).hasSize(2).allSatisfy(use -> {
            assertThat(use.get("actor")).asString().startsWith(AuditEvent.API_TOKEN_PREFIX);
            assertThat(use.get("actor_name")).isEqualTo("Lønn");
        });
        assertThat(uses).extracting(use -> Oslo.dateOf(((java.sql.Timestamp) use.get("occurred_at")).toInstant())).doesNotHaveDuplicates();
        PortalHttpClient nextDay = new PortalHttpClient(port); // yesterday's session has timed out
        nextDay.logIn(superUser, outbox);
        Page log = nextDay.get("/settings/audit?action=API_TOKEN_USED");
        assertThat(log.body()).contains("API-nøkkel «Lønn»", "Første kall i dag med API-nøkkelen «Lønn» (Dashboard og Faktura, kundenummer "
                + company.account(1).number() + " (Drift))");
    }

    @Test
    void revokingStopsTheTokenAtOnceAndBothEndsAreInTheAuditLog() {
        Page made = admin.post("/settings/api", Map.of("name", "Rapporter", "scopes", List.of("invoices:read"), "accounts", "all"));
        String secret = secretIn(made.body());
        long id = tokenId("Rapporter");
        assertThat(new CompanyApiClient(port, secret).get("/api/v1/company").status()).isEqualTo(200);

        Page revoked = admin.post("/settings/api/" + id + "/revoke", Map.of());

        assertThat(revoked.redirectsTo("/settings/api")).isTrue();
        assertThat(new CompanyApiClient(port, secret).get("/api/v1/company").status()).isEqualTo(401);
        Page list = admin.get("/settings/api");
        assertThat(list.body()).contains("API-nøkkelen «Rapporter» er trukket tilbake.", "Trukket tilbake");
        Page log = admin.get("/settings/audit");
        assertThat(log.body()).contains("Laget API-nøkkelen «Rapporter» for Faktura, alle kundenumre",
                "Trakk tilbake API-nøkkelen «Rapporter» (Faktura, alle kundenumre)");
        assertThat(audited("API_TOKEN_CREATED")).singleElement().satisfies(row -> assertThat(row.get("actor"))
                .isEqualTo(superUser.value()));
        assertThat(audited("API_TOKEN_REVOKED")).hasSize(1);
        admin.post("/settings/api/" + id + "/revoke", Map.of());
        assertThat(audited("API_TOKEN_REVOKED")).as("revoking a revoked token changes nothing").hasSize(1);
    }

    @Test
    void anExpiredTokenIsRefusedAndListedAsExpired() {
        String today = Oslo.today(clock).toString();
        String secret = secretIn(admin.post("/settings/api", Map.of("name", "Kortvarig", "scopes", List.of("dashboard:read"),
                "accounts", "all", "lastDay", today)).body());
        assertThat(new CompanyApiClient(port, secret).get("/api/v1/company").status()).isEqualTo(200);

        clock.set(Oslo.startOf(Oslo.today(clock).plusDays(1)));

        assertThat(new CompanyApiClient(port, secret).get("/api/v1/company").status()).isEqualTo(401);
        PortalHttpClient nextDay = new PortalHttpClient(port); // up to a day on: past the 12-hour limit of the first session
        nextDay.logIn(superUser, outbox);
        assertThat(nextDay.get("/settings/api").body()).contains("data-status=\"EXPIRED\"", "Utløpt");
    }

    @Test
    void badInputIsShownNextToItsFieldAndNoTokenIsMade() {
        Page noName = admin.post("/settings/api", Map.of("name", " ", "scopes", List.of("dashboard:read"), "accounts", "all"));
        Page noScope = admin.post("/settings/api", Map.of("name", "Tom", "accounts", "all"));
        Page noAccount = admin.post("/settings/api", Map.of("name", "Tom", "scopes", List.of("dashboard:read"), "accounts", "chosen"));
        Page past = admin.post("/settings/api", Map.of("name", "Tom", "scopes", List.of("dashboard:read"), "accounts", "all",
                "lastDay", Oslo.today(clock).minusDays(1).toString()));
        Page garbled = admin.post("/settings/api", Map.of("name", "Tom", "scopes", List.of("dashboard:read"), "accounts", "all",
                "lastDay", "31.13.2026"));

        assertThat(List.of(noName, noScope, noAccount, past, garbled)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(400);
            assertThat(secretOrNull(page.body())).isNull();
        });
        assertThat(noName.body()).contains("id=\"token-name-error\"", "aria-invalid=\"true\"");
        assertThat(noScope.body()).contains("id=\"scopes-error\"", "Velg minst én tilgang");
        assertThat(noAccount.body()).contains("id=\"token-accounts-error\"");
        assertThat(past.body()).contains("id=\"token-last-day-error\"", "fram i tid");
        assertThat(garbled.body()).contains("id=\"token-last-day-error\"", "dd.mm.åååå");
        assertThat(jdbc.sql("select count(*) from api_token where company_id = :c").param("c", company.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlySuperUsersReachThePageAndAnotherCompanysTokenIsNotFound() {
        Msisdn user = company.user(0);
        PortalHttpClient plain = new PortalHttpClient(port);
        plain.logIn(user, outbox);
        plain.get("/");
        TestCompany other = mother.company("Lager");
        apiTokens.tokenFor(other.id(), ApiScope.DASHBOARD_READ);
        long othersToken = jdbc.sql("select api_token_id from api_token where company_id = :c").param("c", other.id())
                .query(Long.class).single();

        assertThat(plain.get("/settings/api").status()).isEqualTo(403);
        assertThat(plain.post("/settings/api", Map.of("name", "Smug", "scopes", List.of("access:read"), "accounts", "all")).status())
                .isEqualTo(403);
        assertThat(admin.post("/settings/api/" + othersToken + "/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(admin.postWithoutCsrf("/settings/api", Map.of("name", "Forged", "scopes", List.of("dashboard:read"))).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from api_token where revoked_at is not null and company_id = :c")
                .param("c", other.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from api_token where company_id = :c").param("c", company.id())
                .query(Long.class).single()).isZero();
    }

    private List<Map<String, Object>> audited(String action) {
        return jdbc.sql("select actor, actor_name, occurred_at, facts::text as facts from audit_event where company_id = :c and action = :a")
                .param("c", company.id()).param("a", action).query().listOfRows();
    }

    private long tokenId(String name) {
        return jdbc.sql("select api_token_id from api_token where company_id = :c and name = :n").param("c", company.id())
                .param("n", name).query(Long.class).single();
    }

    private static String secretIn(String body) {
        String secret = secretOrNull(body);
        assertThat(secret).as("the new token's secret on the page").isNotNull();
        return secret;
    }

    private static String secretOrNull(String body) {
        Matcher matcher = SECRET.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
