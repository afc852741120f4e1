package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/** Settings → access (S1) and the audit log (S3), with every rule checked on the server. */
@PortalIntegrationTest
class AccessSettingsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    Msisdn superUser;
    PortalHttpClient admin;

    @BeforeEach
    void signedInSuperUser() {
        company = mother.company("Salg", "Drift");
        superUser = company.superUser();
        admin = new PortalHttpClient(port);
        admin.logIn(superUser, outbox);
    }

    @Test
    void aSuperUserGrantsAUserWhoIsToldBySms() {
        Msisdn colleague = company.subscriber(1, "FRI_20");
        admin.get("/settings/access/new");

        Page saved = admin.post("/settings/access", Map.of("msisdn", colleague.display(), "role", "USER",
                "customerAccounts", List.of(company.account(1).id()), "modules", List.of("DASHBOARD")));

        assertThat(saved.redirectsTo("/settings/access")).isTrue();
        Page list = admin.get("/settings/access");
        assertThat(list.body()).contains("data-msisdn=\"" + colleague.value() + "\"", company.account(1).number() + " Drift");
        assertThat(list.body()).contains("Tilgang gitt til");
        PortalUser granted = company.portalUser(colleague);
        assertThat(granted.role()).isEqualTo(Role.USER);
        assertThat(granted.customerAccountIds()).containsExactly(company.account(1).id());
        assertThat(granted.modules()).containsExactly(PortalModule.DASHBOARD);
        assertThat(outbox.latest(50)).anySatisfy(sms -> {
            assertThat(sms.to()).isEqualTo(colleague.value());
            assertThat(sms.text()).contains("Du har fått tilgang til Bedriftsportalen for " + company.company().name());
        });
        assertThat(auditActions()).contains("ACCESS_GRANTED");
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSaved() {
        Msisdn outsider = mother.company().subscriber(0, "FRI_5");
        admin.get("/settings/access/new");

        Page malformed = admin.post("/settings/access", Map.of("msisdn", "1234", "role", "SUPER_USER"));
        Page notOurs = admin.post("/settings/access", Map.of("msisdn", outsider.national(), "role", "SUPER_USER"));
        Page noAccounts = admin.post("/settings/access", Map.of("msisdn", company.subscriber(0, "FRI_5").national(), "role", "USER"));
        Page already = admin.post("/settings/access", Map.of("msisdn", superUser.national(), "role", "SUPER_USER"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("id=\"msisdn-error\"", "value=\"1234\"", "Skriv et norsk mobilnummer");
        assertThat(notOurs.body()).contains("id=\"msisdn-error\"", "har ikke et aktivt abonnement i bedriften");
        assertThat(noAccounts.body()).contains("id=\"customerAccounts-error\"", "Velg minst ett kundenummer");
        assertThat(already.body()).contains("id=\"msisdn-error\"", "har allerede tilgang");
        assertThat(jdbc.sql("select count(*) from portal_user where company_id = :c").param("c", company.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSuperUserChangesAndRemovesOthersButNeverThemself() {
        Msisdn user = company.user(0);
        long userId = company.portalUser(user).id();
        long ownId = company.portalUser(superUser).id();
        admin.get("/settings/access/" + userId);

        Page changed = admin.post("/settings/access/" + userId, Map.of("role", "USER",
                "customerAccounts", List.of(company.account(0).id(), company.account(1).id())));
        assertThat(changed.redirectsTo("/settings/access")).isTrue();
        assertThat(company.portalUser(user).customerAccountIds()).containsExactlyInAnyOrder(company.account(0).id(),
                company.account(1).id());

        assertThat(admin.post("/settings/access/" + ownId, Map.of("role", "USER",
                "customerAccounts", List.of(company.account(0).id()))).status()).isEqualTo(403);
        assertThat(admin.post("/settings/access/" + ownId + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(company.portalUser(superUser).role()).isEqualTo(Role.SUPER_USER);
        assertThat(admin.get("/settings/access").body()).doesNotContain("/settings/access/" + ownId + "\"");

        Page removed = admin.post("/settings/access/" + userId + "/delete", Map.of());
        assertThat(removed.redirectsTo("/settings/access")).isTrue();
        assertThat(admin.get("/settings/access").body()).doesNotContain("data-msisdn=\"" + user.value() + "\"");
        assertThat(auditActions()).contains("ACCESS_CHANGED", "ACCESS_REVOKED");
    }

    @Test
    void aRemovedUserIsSignedOutAtTheNextRequest() {
        Msisdn user = company.user(0);
        PortalHttpClient userBrowser = new PortalHttpClient(port);
        userBrowser.logIn(user, outbox);
        assertThat(userBrowser.get("/").status()).isEqualTo(200);

        admin.get("/settings/access");
        admin.post("/settings/access/" + company.portalUser(user).id() + "/delete", Map.of());

        assertThat(userBrowser.get("/").redirectsTo("/login")).isTrue();
    }

    /** The principal is kept between requests by the company's data version: a changed grant raises it (#12.7). */
    @Test
    void aChangedGrantAppliesAtTheNextRequest() {
        Msisdn user = company.user(0);
        PortalHttpClient userBrowser = new PortalHttpClient(port);
        userBrowser.logIn(user, outbox);
        assertThat(userBrowser.get("/").status()).isEqualTo(200);
        assertThat(userBrowser.get("/invoices").status()).isEqualTo(403);

        admin.get("/settings/access");
        admin.post("/settings/access/" + company.portalUser(user).id(), Map.of("role", "USER",
                "customerAccounts", List.of(company.account(0).id()), "modules", List.of("DASHBOARD", "INVOICES")));
        assertThat(userBrowser.get("/invoices").status()).isEqualTo(200);

        admin.post("/settings/access/" + company.portalUser(user).id(), Map.of("role", "USER",
                "customerAccounts", List.of(company.account(0).id()), "modules", List.of("DASHBOARD")));
        assertThat(userBrowser.get("/invoices").status()).isEqualTo(403);
    }

    @Test
    void aUserManagesNoOneAndSeesNoSettings() {
        Msisdn user = company.user(0);
        PortalHttpClient userBrowser = new PortalHttpClient(port);
        userBrowser.logIn(user, outbox);

        Page dashboard = userBrowser.get("/");
        assertThat(dashboard.body()).doesNotContain("href=\"/settings/access\"");
        assertThat(userBrowser.get("/settings/access").status()).isEqualTo(403);
        assertThat(userBrowser.get("/settings/audit").status()).isEqualTo(403);
        assertThat(userBrowser.post("/settings/access", Map.of("msisdn", CompanyMother.nextMsisdn().national(),
                "role", "SUPER_USER")).status()).isEqualTo(403);
    }

    @Test
    void theAuditLogListsLoginsAndAccessChangesWithWhoAndWhen() {
        Msisdn colleague = company.subscriber(0, "FRI_5");
        admin.get("/settings/access/new");
        admin.post("/settings/access", Map.of("msisdn", colleague.national(), "role", "SUPER_USER"));

        Page log = admin.get("/settings/audit");
        Page onlyGrants = admin.get("/settings/audit?action=ACCESS_GRANTED");

        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("data-action=\"LOGIN_SUCCEEDED\"", "data-action=\"ACCESS_GRANTED\"", superUser.display());
        assertThat(onlyGrants.body()).contains("data-action=\"ACCESS_GRANTED\"").doesNotContain("data-action=\"LOGIN_SUCCEEDED\"");
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where company_id = :companyId").param("companyId", company.id())
                .query(String.class).list();
    }
}
