package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Innsikt → Sparetips and {@code GET /api/v1/insights/advice} through HTTP (X1, #18.1): the page's totals, filter
 * and sort in the URL, the exports, "Krever handling" on the dashboard, the module grant and the customer numbers,
 * and the API's JSON with the same amounts, behind the scope {@code insights:read}.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvicePagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    SmsOutbox sms;
    @Autowired
    IngestCdrFile ingest;
    @Autowired
    BuyExtraPackage buy;
    @Autowired
    ApiTokenMother tokens;
    @Autowired
    Clock clock;

    AdviceUsage usage;
    TestCompany company;
    PortalHttpClient admin;
    PortalHttpClient drift;
    PortalHttpClient withoutModule;

    @BeforeAll
    void sixMonthsOfUsageAndThreeUsers() {
        company = mother.company("Salg", "Drift");
        usage = new AdviceUsage(company, clock, ingest, buy);
        Msisdn adminNumber = company.superUser();
        Msisdn driftNumber = company.userWith(Set.of(PortalModule.INSIGHTS), 1);
        Msisdn plainNumber = company.user(0, 1);
        admin = new PortalHttpClient(port);
        admin.logIn(adminNumber, sms);
        drift = new PortalHttpClient(port);
        drift.logIn(driftNumber, sms);
        withoutModule = new PortalHttpClient(port);
        withoutModule.logIn(plainNumber, sms);
    }

    @Test
    void thePageShowsTheAdviceWithItsTotals() {
        PortalHttpClient.Page page = admin.get("/insights/advice");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sparetips", "id=\"advice-total-month\"", "Olsen Overdimensjonert", "Berg Basis",
                "Eriksen Ekstra", "Strand Stille", "150,00", "1\u00a0800,00", "189,48", "Bedrift Fri 1 GB", "Si opp abonnementet",
                "Ekstra datapakke 1 GB i 5 av 6 måneder", "/dashboard/users/").doesNotContain("Rønning Riktig");
        assertThat(admin.get("/insights").redirectsTo("/insights/advice")).isTrue();
    }

    @Test
    void filterAndSortAreInTheUrl() {
        String idle = admin.get("/insights/advice?kind=IDLE").body();
        assertThat(idle).contains("Strand Stille").doesNotContain("Olsen Overdimensjonert");
        String salg = admin.get("/insights/advice?department=" + company.account(0).number() + "&sort=name&dir=asc").body();
        assertThat(salg).contains("Berg Basis", "Olsen Overdimensjonert").doesNotContain("Eriksen Ekstra");
        assertThat(salg.indexOf("Berg Basis")).isLessThan(salg.indexOf("Olsen Overdimensjonert"));
        assertThat(salg).contains("aria-sort=\"ascending\"");
    }

    @Test
    void aUserSeesTheirOwnCustomerNumbersAndNeedsTheModule() {
        String mine = drift.get("/insights/advice").body();
        assertThat(mine).contains("Eriksen Ekstra", "Strand Stille").doesNotContain("Olsen Overdimensjonert", "Berg Basis");
        assertThat(withoutModule.get("/insights/advice").status()).isEqualTo(403);
        assertThat(withoutModule.get("/insights/advice/export.csv").status()).isEqualTo(403);
    }

    @Test
    void exportsCarryTheSameRowsFormulaSafe() {
        PortalHttpClient.Download csv = admin.download("/insights/advice/export.csv?kind=PLAN");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.content(), StandardCharsets.UTF_8)).contains("Olsen Overdimensjonert", "Bedrift Fri 1 GB")
                .doesNotContain("Strand Stille");
        PortalHttpClient.Download excel = admin.download("/insights/advice/export.xlsx");
        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.header("Content-Type")).contains("spreadsheetml");
        assertThat(new String(drift.download("/insights/advice/export.csv").content(), StandardCharsets.UTF_8))
                .doesNotContain("Olsen Overdimensjonert");
    }

    @Test
    void krever_handlingCountsTheSubscriptionsThatCouldSave() {
        String dashboard = admin.get("/").body();
        assertThat(dashboard).contains("data-attention=\"savings-advice\"", "/insights/advice", "kan spare");
        assertThat(withoutModule.get("/").body()).doesNotContain("data-attention=\"savings-advice\"");
    }

    @Test
    void theApiAnswersWithTheSameAmounts() {
        CompanyApiClient api = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INSIGHTS_READ));
        CompanyApiClient.Response all = api.get("/api/v1/insights/advice?sort=saving");
        assertThat(all.status()).isEqualTo(200);
        List<Map<String, Object>> items = all.json("$.items");
        Map<String, Object> fri20 = items.stream().filter(item -> usage.overProvisioned.value().equals(item.get("msisdn")))
                .findFirst().orElseThrow();
        assertThat(fri20).containsEntry("kind", "PLAN").containsEntry("suggestedPlan", "FRI_1")
                .containsEntry("savingPerMonth", "150.00").containsEntry("savingPerYear", "1800.00")
                .containsEntry("confidence", "HIGH");
        assertThat((List<?>) fri20.get("months")).hasSize(6);
        assertThat(api.get("/api/v1/insights/advice?kind=IDLE").<List<Map<String, Object>>>json("$.items"))
                .allMatch(item -> "IDLE".equals(item.get("kind")));
        CompanyApiClient limited = new CompanyApiClient(port, tokens.tokenFor(company.id(), Set.of(company.account(1).id()),
                ApiScope.INSIGHTS_READ));
        assertThat(limited.get("/api/v1/insights/advice").body()).contains(usage.extras.value())
                .doesNotContain(usage.overProvisioned.value());
        CompanyApiClient other = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        assertThat(other.get("/api/v1/insights/advice").status()).isEqualTo(403);
    }
}
