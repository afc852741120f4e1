package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/** {@code /api/v1/portal-users} (#13.2): who may log in, as Settings → Access lists them, within the token's reach. */
@PortalIntegrationTest
class PortalUserApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    PortalUsers portalUsers;

    @Test
    void listsEveryPortalUserWithRoleModulesAndCustomerNumbersAPageAtATime() {
        TestCompany company = companies.company("Salg", "Drift");
        Msisdn boss = company.superUser();
        Msisdn seller = company.userWith(Set.of(PortalModule.INVOICES), 0);
        company.user(1);
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.ACCESS_READ));
        List<Long> expected = portalUsers.list(company.id()).stream().map(PortalUser::id).sorted().toList();

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get("/api/v1/portal-users?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.<List<Integer>>json("$.items[*].id").forEach(id -> seen.add(id.longValue()));
            cursor = page.json("$.nextCursor");
        } while (cursor != null);
        Response all = api.get("/api/v1/portal-users");
        PortalUser sellerUser = company.portalUser(seller);

        assertThat(expected).hasSize(3);
        assertThat(seen).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
        assertThat(all.<List<String>>json("$.items[?(@.msisdn == '" + boss.value() + "')].role")).containsExactly("super_user");
        assertThat(all.<List<List<String>>>json("$.items[?(@.msisdn == '" + boss.value() + "')].customerNumbers").get(0))
                .containsExactlyInAnyOrder(company.account(0).number(), company.account(1).number());
        assertThat(all.<List<List<String>>>json("$.items[?(@.msisdn == '" + boss.value() + "')].modules").get(0))
                .containsExactly("dashboard", "reports", "invoices", "invoice_control", "equipment", "insights");
        String theSeller = "$.items[?(@.msisdn == '" + seller.value() + "')]";
        assertThat(all.<List<String>>json(theSeller + ".role")).containsExactly("user");
        assertThat(all.<List<String>>json(theSeller + ".name")).containsExactly(sellerUser.name());
        assertThat(all.<List<List<String>>>json(theSeller + ".modules").get(0)).containsExactly("dashboard", "invoices");
        assertThat(all.<List<List<String>>>json(theSeller + ".customerNumbers").get(0)).containsExactly(company.account(0).number());
        assertThat(all.<List<String>>json(theSeller + ".createdAt")).containsExactly(sellerUser.createdAt().toString());
    }

    @Test
    void aLimitedTokenSeesOnlyItsCustomerNumbersPeopleAndAnotherCompanysNone() {
        TestCompany company = companies.company("Salg", "Drift");
        Msisdn seller = company.user(0);
        Msisdn operations = company.user(1, 0);
        CompanyApiClient limited = new CompanyApiClient(port,
                apiTokens.tokenFor(company.id(), Set.of(company.account(1).id()), ApiScope.ACCESS_READ));
        TestCompany other = companies.company("Lager");
        CompanyApiClient others = new CompanyApiClient(port, apiTokens.tokenFor(other.id(), ApiScope.values()));
        CompanyApiClient withoutScope = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));

        Response seen = limited.get("/api/v1/portal-users");
        Response othersSee = others.get("/api/v1/portal-users?limit=500");

        assertThat(seen.<List<String>>json("$.items[*].msisdn")).containsExactly(operations.value());
        assertThat(seen.<List<String>>json("$.items[0].customerNumbers")).containsExactly(company.account(1).number());
        assertThat(seen.body()).doesNotContain(seller.value(), company.account(0).number());
        assertThat(othersSee.body()).doesNotContain(seller.value(), operations.value());
        assertThat(withoutScope.get("/api/v1/portal-users").status()).isEqualTo(403);
        assertThat(limited.get("/api/v1/portal-users?cursor=x").status()).isEqualTo(400);
    }
}
