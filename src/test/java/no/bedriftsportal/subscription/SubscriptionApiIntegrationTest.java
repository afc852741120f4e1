package no.bedriftsportal.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import no.bedriftsportal.TestClock;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;

/** {@code /api/v1/subscriptions} and {@code /api/v1/employees} (#13.2): data, paging, filters, customer numbers, other companies. */
@PortalIntegrationTest
class SubscriptionApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Companies companyService;

    @Autowired
    TestClock clock;

    @Test
    void aSubscriptionShowsItsHolderPlanCustomerNumberStatusAndDataPackage() {
        TestCompany company = companies.company("Salg", "Drift");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        Msisdn kari = company.subscriber(1, "FRI_5", "Kari Nordmann");
        Subscription subscription = subscriptions.latest(kari.value());
        LocalDate today = Oslo.today(clock);
        subscriptions.setAutoExtraPackage(kari.value(), "EXTRA_1", today);
        Msisdn router = CompanyMother.nextMsisdn();
        subscriptions.activate(new ActivateSubscription(company.id(), router.value(), "BASIS", company.account(0).id(), null,
                today.minusMonths(3), false, null));
        subscriptions.terminate(router.value(), today.minusDays(1));
        long routerId = subscriptions.latest(router.value()).id();

        Response one = api.get("/api/v1/subscriptions/" + subscription.id());
        Response terminated = api.get("/api/v1/subscriptions/" + routerId);

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.<Integer>json("$.id")).isEqualTo((int) subscription.id());
        assertThat(one.<String>json("$.msisdn")).isEqualTo(kari.value()).startsWith("+47");
        assertThat(one.<Integer>json("$.user.employeeId")).isEqualTo(subscription.employeeId().intValue());
        assertThat(one.<String>json("$.user.name")).isEqualTo("Kari Nordmann");
        assertThat(one.<String>json("$.plan.code")).isEqualTo("FRI_5");
        assertThat(one.<String>json("$.plan.name")).isEqualTo("Bedrift Fri 5 GB");
        assertThat(one.<String>json("$.customerNumber")).isEqualTo(company.account(1).number());
        assertThat(one.<String>json("$.status")).isEqualTo("active");
        assertThat(one.<String>json("$.activatedOn")).isEqualTo(subscription.activeFrom().toString());
        assertThat(one.<Object>json("$.terminatedOn")).isNull();
        assertThat(one.<Integer>json("$.dataPackage.megabytes")).isEqualTo(5000);
        assertThat(one.<String>json("$.dataPackage.autoExtraPackage")).isEqualTo("EXTRA_1");
        assertThat(one.header("ETag")).isNotBlank();
        assertThat(api.get("/api/v1/subscriptions/" + subscription.id(), java.util.Map.of("If-None-Match", one.header("ETag"))).status())
                .isEqualTo(304);
        assertThat(terminated.<String>json("$.status")).isEqualTo("terminated");
        assertThat(terminated.<String>json("$.terminatedOn")).isEqualTo(today.minusDays(1).toString());
        assertThat(terminated.<Object>json("$.user")).isNull();
        assertThat(terminated.<String>json("$.plan.code")).isEqualTo("BASIS");
        assertThat(terminated.<Object>json("$.dataPackage")).as("Bedrift Basis has no data package").isNull();
    }

    @Test
    void twoPagesJoinToTheWholeListAndFiltersNarrowIt() {
        TestCompany company = companies.company("Salg", "Drift");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        for (int i = 0; i < 4; i++) {
            company.subscriber(i % 2, "FRI_1");
        }
        Msisdn leaving = company.subscriber(1, "FRI_20");
        subscriptions.terminate(leaving.value(), Oslo.today(clock));
        List<Long> expected = subscriptions.list(AccessScope.wholeCompany(company.id())).stream().map(Subscription::id).sorted().toList();

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = api.get("/api/v1/subscriptions?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.<List<Object>>json("$.items")).hasSizeLessThanOrEqualTo(2);
            page.<List<Integer>>json("$.items[*].id").forEach(id -> seen.add(id.longValue()));
            cursor = page.json("$.nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(expected).hasSize(6); // four, the one leaving, and the token's maker
        assertThat(seen).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
        assertThat(ids(api.get("/api/v1/subscriptions?status=terminated")))
                .containsExactly(subscriptions.latest(leaving.value()).id());
        assertThat(ids(api.get("/api/v1/subscriptions?status=active"))).hasSize(5)
                .doesNotContain(subscriptions.latest(leaving.value()).id());
        assertThat(api.get("/api/v1/subscriptions?customerNumber=" + company.account(1).number()).<List<String>>json(
                "$.items[*].customerNumber")).hasSize(3).containsOnly(company.account(1).number());
        assertThat(ids(api.get("/api/v1/subscriptions?msisdn=" + leaving.national())))
                .containsExactly(subscriptions.latest(leaving.value()).id());
    }

    @Test
    void aTokenLimitedToACustomerNumberSeesOnlyItsSubscriptionsAndEmployees() {
        TestCompany company = companies.company("Salg", "Drift");
        apiTokens.creator(company.id());
        CompanyApiClient limited = new CompanyApiClient(port,
                apiTokens.tokenFor(company.id(), Set.of(company.account(1).id()), ApiScope.DASHBOARD_READ));
        Msisdn inSalg = company.subscriber(0, "FRI_5", "Salgs Person");
        Msisdn inDrift = company.subscriber(1, "FRI_5", "Drifts Person");
        Subscription salg = subscriptions.latest(inSalg.value());
        Subscription drift = subscriptions.latest(inDrift.value());

        Response list = limited.get("/api/v1/subscriptions");
        Response otherNumber = limited.get("/api/v1/subscriptions?customerNumber=" + company.account(0).number());
        Response outside = limited.get("/api/v1/subscriptions/" + salg.id());
        Response employees = limited.get("/api/v1/employees");
        Response outsideEmployee = limited.get("/api/v1/employees/" + salg.employeeId());

        assertThat(ids(list)).containsExactly(drift.id());
        assertThat(otherNumber.<List<Object>>json("$.items")).isEmpty();
        assertThat(outside.status()).as("not found, never forbidden").isEqualTo(404);
        assertThat(outside.header("Content-Type")).startsWith("application/problem+json");
        assertThat(outside.body()).doesNotContain(inSalg.value(), "Salgs Person");
        assertThat(employees.<List<String>>json("$.items[*].name")).containsExactly("Drifts Person");
        assertThat(employees.<List<Integer>>json("$.items[0].subscriptionIds")).containsExactly((int) drift.id());
        assertThat(employees.<List<String>>json("$.items[0].customerNumbers")).containsExactly(company.account(1).number());
        assertThat(outsideEmployee.status()).isEqualTo(404);
        assertThat(outsideEmployee.body()).doesNotContain("Salgs Person");
    }

    @Test
    void anotherCompanysTokenNeverSeesThem() {
        TestCompany victim = companies.company("Salg");
        Msisdn secret = victim.subscriber(0, "FRI_5", "Hemmelig Ansatt");
        Subscription subscription = subscriptions.latest(secret.value());
        TestCompany other = companies.company("Lager");
        CompanyApiClient others = new CompanyApiClient(port, apiTokens.tokenFor(other.id(), ApiScope.values()));

        Response list = others.get("/api/v1/subscriptions?limit=500");
        Response byNumber = others.get("/api/v1/subscriptions?msisdn=" + secret.national());
        Response byCustomerNumber = others.get("/api/v1/subscriptions?customerNumber=" + victim.account(0).number());
        Response one = others.get("/api/v1/subscriptions/" + subscription.id());
        Response employees = others.get("/api/v1/employees?limit=500");
        Response employee = others.get("/api/v1/employees/" + subscription.employeeId());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret.value(), "Hemmelig Ansatt");
        assertThat(byNumber.<List<Object>>json("$.items")).isEmpty();
        assertThat(byCustomerNumber.<List<Object>>json("$.items")).isEmpty();
        assertThat(one.status()).isEqualTo(404);
        assertThat(employees.body()).doesNotContain("Hemmelig Ansatt");
        assertThat(employee.status()).isEqualTo(404);
        assertThat(employee.body()).doesNotContain("Hemmelig Ansatt");
    }

    @Test
    void employeesArePagedWithTheirSubscriptions() {
        TestCompany company = companies.company("Salg", "Drift");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        Msisdn first = company.subscriber(0, "FRI_5", "Anne Først");
        Msisdn second = company.subscriber(1, "FRI_5", "Bjørn Andre");
        long withoutSubscription = companyService.registerEmployee(company.id(),
                new RegisterEmployee("Cecilie Uten", "cecilie@example.no", "C-9", "5210")).id();
        List<Long> expected = companyService.employees(company.id()).stream().map(e -> e.id()).sorted().toList();

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get("/api/v1/employees?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.<List<Integer>>json("$.items[*].id").forEach(id -> seen.add(id.longValue()));
            cursor = page.json("$.nextCursor");
        } while (cursor != null);
        Response cecilie = api.get("/api/v1/employees/" + withoutSubscription);
        Subscription anne = subscriptions.latest(first.value());
        Response anneJson = api.get("/api/v1/employees/" + anne.employeeId());

        assertThat(expected).hasSize(4); // the token's maker too
        assertThat(seen).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
        assertThat(cecilie.<String>json("$.name")).isEqualTo("Cecilie Uten");
        assertThat(cecilie.<String>json("$.email")).isEqualTo("cecilie@example.no");
        assertThat(cecilie.<String>json("$.employeeNumber")).isEqualTo("C-9");
        assertThat(cecilie.<List<Object>>json("$.subscriptionIds")).isEmpty();
        assertThat(anneJson.<String>json("$.name")).isEqualTo("Anne Først");
        assertThat(anneJson.<List<Integer>>json("$.subscriptionIds")).containsExactly((int) anne.id());
        assertThat(anneJson.<List<String>>json("$.customerNumbers")).containsExactly(company.account(0).number());
        assertThat(subscriptions.latest(second.value()).customerAccountId()).isEqualTo(company.account(1).id());
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        TestCompany company = companies.company("Salg");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));

        for (String[] call : new String[][] {{"/api/v1/subscriptions?status=sleeping", "status"},
                {"/api/v1/subscriptions?msisdn=12345", "msisdn"}, {"/api/v1/subscriptions?cursor=%21%21", "cursor"},
                {"/api/v1/subscriptions?limit=0", "limit"}, {"/api/v1/employees?cursor=bm90LWEtbnVtYmVy", "cursor"},
                {"/api/v1/employees?limit=501", "limit"}}) {
            Response answer = api.get(call[0]);
            assertThat(answer.status()).as(call[0]).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.<String>json("$.errors[0].field")).as(call[0]).isEqualTo(call[1]);
        }
        assertThat(api.get("/api/v1/subscriptions/not-a-number").status()).isEqualTo(400);
    }

    private static List<Long> ids(Response page) {
        return page.<List<Integer>>json("$.items[*].id").stream().map(Integer::longValue).toList();
    }
}
