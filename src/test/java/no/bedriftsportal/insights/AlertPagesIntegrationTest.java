package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
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
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Innsikt → Varsler through HTTP (X2): each user sees the alerts of their own customer numbers, marks them one by
 * one and in bulk, the filter in the URL; the rules' form refuses with the message beside the field and keeps what
 * was typed; a user limited to a department may not change the rules; "Krever handling" counts new alerts; the API
 * lists, marks and changes rules with its scopes.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertPagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    SmsOutbox sms;
    @Autowired
    AlertEvaluator evaluator;
    @Autowired
    Alerts alerts;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    ApiTokenMother tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestCompany company;
    PortalHttpClient admin;
    PortalHttpClient sales;
    PortalHttpClient withoutModule;
    long salesAlert;
    long driftAlert;

    @BeforeAll
    void alertsInTwoDepartments() {
        company = mother.company("Salg", "Drift");
        Msisdn adminNumber = company.superUser();
        Msisdn salesNumber = company.userWith(Set.of(PortalModule.INSIGHTS), 0);
        Msisdn plainNumber = company.user(0, 1);
        Msisdn kari = company.subscriber(0, "FRI_5", "Kari Salgsen");
        Msisdn dag = company.subscriber(1, "FRI_5", "Dag Driftsen");
        salesAlert = seed(kari, 0, "812.40");
        driftAlert = seed(dag, 1, "650.00");
        admin = new PortalHttpClient(port);
        admin.logIn(adminNumber, sms);
        sales = new PortalHttpClient(port);
        sales.logIn(salesNumber, sms);
        withoutModule = new PortalHttpClient(port);
        withoutModule.logIn(plainNumber, sms);
    }

    private long seed(Msisdn msisdn, int account, String amount) {
        long subscription = subscriptions.latest(msisdn.value()).id();
        AlertSeed.roaming(evaluator, clock, company.id(), subscription, company.account(account).id(), amount);
        return jdbc.sql("select alert_id from alert where company_id = :c and subscription_id = :s")
                .param("c", company.id()).param("s", subscription).query(Long.class).single();
    }

    @Test
    void eachUserSeesTheAlertsOfTheirOwnDepartments() {
        String all = admin.get("/insights/alerts").body();
        assertThat(all).contains("Kari Salgsen", "Dag Driftsen", "812,40", "Utlandskostnad per dag", "id=\"rule-roaming-day\"");
        String mine = sales.get("/insights/alerts").body();
        assertThat(mine).contains("Kari Salgsen").doesNotContain("Dag Driftsen").contains("id=\"rules-read-only\"");
        assertThat(withoutModule.get("/insights/alerts").status()).isEqualTo(403);
        assertThat(admin.get("/insights/alerts?customerNumber=" + company.account(1).number()).body())
                .contains("Dag Driftsen").doesNotContain("Kari Salgsen");
        assertThat(admin.get("/").body()).contains("data-attention=\"new-alerts\"");
    }

    @Test
    void marksOneAndManyWithTheStateInTheUrl() {
        PortalHttpClient.Page one = admin.post("/insights/alerts/state", Map.of("row", salesAlert + ":SEEN", "back.state", "NEW"));
        assertThat(one.status()).isEqualTo(302);
        assertThat(one.location()).endsWith("/insights/alerts?state=NEW");
        assertThat(alerts.get(AccessScope.wholeCompany(company.id()), salesAlert).state()).isEqualTo(AlertState.SEEN);
        assertThat(admin.get("/insights/alerts?state=SEEN").body()).contains("Kari Salgsen").doesNotContain("Dag Driftsen");

        sales.get("/insights/alerts");
        sales.post("/insights/alerts/state", Map.of("ids", List.of(String.valueOf(driftAlert)), "state", "CLOSED"));
        assertThat(alerts.get(AccessScope.wholeCompany(company.id()), driftAlert).state()).as("not theirs").isNotEqualTo(AlertState.CLOSED);

        admin.get("/insights/alerts");
        admin.post("/insights/alerts/state", Map.of("ids", List.of(String.valueOf(salesAlert), String.valueOf(driftAlert)),
                "state", "CLOSED"));
        assertThat(alerts.get(AccessScope.wholeCompany(company.id()), salesAlert).state()).isEqualTo(AlertState.CLOSED);
        assertThat(alerts.get(AccessScope.wholeCompany(company.id()), driftAlert).state()).isEqualTo(AlertState.CLOSED);
        admin.post("/insights/alerts/state", Map.of("row", driftAlert + ":NEW"));
        assertThat(alerts.get(AccessScope.wholeCompany(company.id()), driftAlert).state()).isEqualTo(AlertState.NEW);
    }

    @Test
    void theRulesFormRefusesBesideTheFieldAndOnlyForThoseWhoMay() {
        admin.get("/insights/alerts");
        PortalHttpClient.Page refused = admin.post("/insights/alerts/rules/unusual-month", Map.of("enabled", "on",
                "amount", "1 500", "factor", "0,5", "byEmail", "on"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"rule-unusual-month-factor-error\"", "value=\"0,5\"", "value=\"1 500\"");

        PortalHttpClient.Page saved = admin.post("/insights/alerts/rules/unusual-month", Map.of("enabled", "on",
                "amount", "1 500", "factor", "2,5", "bySms", "on"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/insights/alerts").body()).contains("value=\"1500\"", "value=\"2,5\"");

        sales.get("/insights/alerts");
        assertThat(sales.post("/insights/alerts/rules/unusual-month", Map.of("enabled", "on", "amount", "1", "factor", "2",
                "bySms", "on")).status()).isEqualTo(403);
        assertThat(admin.get("/settings/audit").body()).contains("Slo på og lagret varslingsregelen UNUSUAL_MONTH");
    }

    @Test
    void theApiListsMarksAndChangesRules() {
        CompanyApiClient reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INSIGHTS_READ));
        CompanyApiClient manager = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INSIGHTS_READ,
                ApiScope.INSIGHTS_MANAGE));
        CompanyApiClient.Response list = reader.exchange("GET", "/api/v1/insights/alerts?kind=roaming-day", null);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("Kari Salgsen", "\"amount\":\"812.40\"");
        assertThat(reader.exchange("PUT", "/api/v1/insights/alerts/" + salesAlert + "/state", "{\"state\": \"SEEN\"}").status())
                .isEqualTo(403);
        CompanyApiClient.Response marked = manager.exchange("PUT", "/api/v1/insights/alerts/" + salesAlert + "/state",
                "{\"state\": \"SEEN\"}");
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.<String>json("$.state")).isEqualTo("SEEN");
        CompanyApiClient.Response rules = reader.exchange("GET", "/api/v1/insights/alert-rules", null);
        assertThat(rules.body()).contains("roaming-day", "data-80", "invoice-overdue");
        CompanyApiClient.Response bad = manager.exchange("PUT", "/api/v1/insights/alert-rules/roaming-day",
                "{\"enabled\": true, \"amount\": \"-5\", \"byEmail\": true}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("amount");
        CompanyApiClient.Response changed = manager.exchange("PUT", "/api/v1/insights/alert-rules/roaming-day",
                "{\"enabled\": true, \"amount\": \"750\", \"byEmail\": true, \"bySms\": true}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.<String>json("$.amount")).isEqualTo("750.00");
    }
}
