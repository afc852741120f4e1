package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Budsjett (X3, #18.3) through the company API and the service: setting a department's and a user's budget from a
 * month on (carried forward, replaced, ended), the problems of bad input by field, the fees known in advance (pro rata
 * for a subscription that starts mid-month), the overruns, the audit log, and isolation — another company's token and
 * a token limited to another customer number neither see nor set the budgets.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    ApiTokenMother tokens;
    @Autowired
    Budgets budgets;
    @Autowired
    BudgetOverruns overruns;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn seller;
    CompanyApiClient api;
    YearMonth month;

    @BeforeAll
    void aCompanyWithTwoDepartmentsAndATokenToManageBudgets() {
        company = mother.company("Salg", "Drift", "Nytt");
        seller = company.subscriber(0, "FRI_5", "Selma Selger");
        company.subscriber(0, "FRI_5");
        company.subscriber(1, "BASIS");
        month = YearMonth.from(Oslo.today(clock));
        // a line in Nytt from the 16th of this month: pays (days − 15) / days of its fee
        subscriptions.activate(new ActivateSubscription(company.id(), CompanyMother.nextMsisdn().value(), "FRI_20",
                company.account(2).id(), null, month.atDay(16), false, null));
        api = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INSIGHTS_READ, ApiScope.INSIGHTS_MANAGE));
    }

    @Test
    void aDepartmentsBudgetHoldsFromItsMonthUntilChanged() {
        String salg = company.account(0).number();
        Response set = api.exchange("PUT", "/api/v1/insights/budgets/departments/" + salg,
                "{\"amount\": \"1000.00\", \"fromMonth\": \"" + month + "\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.<String>json("$.budget")).isEqualTo("1000.00");
        assertThat(set.<String>json("$.kind")).isEqualTo("DEPARTMENT");
        // two Fri 5 GB all month: 558 kr of fees are known in advance
        assertThat(new BigDecimal(set.<String>json("$.forecast"))).isGreaterThanOrEqualTo(new BigDecimal("558.00"));

        assertThat(api.exchange("PUT", "/api/v1/insights/budgets/departments/" + salg,
                "{\"amount\": \"2000\", \"fromMonth\": \"" + month.plusMonths(2) + "\"}").status()).isEqualTo(200);
        assertThat(budgetOf(month, salg)).isEqualByComparingTo("1000.00");
        assertThat(budgetOf(month.plusMonths(1), salg)).as("carried forward").isEqualByComparingTo("1000.00");
        assertThat(budgetOf(month.plusMonths(2), salg)).isEqualByComparingTo("2000.00");
        assertThat(api.exchange("PUT", "/api/v1/insights/budgets/departments/" + salg,
                "{\"amount\": null, \"fromMonth\": \"" + month.plusMonths(3) + "\"}").status()).isEqualTo(200);
        assertThat(budgetOf(month.plusMonths(3), salg)).as("ended").isNull();

        Response list = api.get("/api/v1/insights/budgets?month=" + month);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.<List<String>>json("$.budgets[?(@.customerNumber == '" + salg + "' && @.kind == 'DEPARTMENT')].budget"))
                .containsExactly("1000.00");
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action = 'BUDGET_SET'")
                .param("c", company.id()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aUsersBudgetIsItsSubscriptionsAndAnOverrunIsListed() {
        Response set = api.exchange("PUT", "/api/v1/insights/budgets/users/" + seller.national(),
                "{\"amount\": \"100\", \"fromMonth\": \"" + month + "\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.<String>json("$.kind")).isEqualTo("USER");
        assertThat(set.<String>json("$.userName")).isEqualTo("Selma Selger");
        // its fee alone (279 kr) passes 100 kr
        assertThat(set.<Boolean>json("$.overBudget")).isTrue();
        assertThat(overruns.overruns(company.id(), month)).anySatisfy(overrun -> {
            assertThat(overrun.target().msisdn()).isEqualTo(seller.value());
            assertThat(overrun.budget()).isEqualByComparingTo("100.00");
            assertThat(overrun.forecast()).isGreaterThanOrEqualTo(new BigDecimal("279.00"));
        });
    }

    @Test
    void theFeesOfALineStartingMidMonthArePaidProRata() {
        BudgetLine nytt = budgets.overview(AccessScope.wholeCompany(company.id()), month).stream()
                .filter(line -> line.target().customerNumber().equals(company.account(2).number()) && !line.target().user())
                .findFirst().orElseThrow();
        int days = month.lengthOfMonth();
        assertThat(nytt.forecast().total().doubleValue()).isCloseTo(349.0 * (days - 15) / days, within(0.011));
        assertThat(nytt.forecast().low()).isEqualByComparingTo(nytt.forecast().total());
    }

    @Test
    void badInputIsNamedByFieldAndNothingIsSet() {
        Response amount = api.exchange("PUT", "/api/v1/insights/budgets/departments/" + company.account(1).number(),
                "{\"amount\": \"mange\", \"fromMonth\": \"" + month + "\"}");
        assertThat(amount.status()).isEqualTo(400);
        assertThat(amount.body()).contains("amount");
        Response past = api.exchange("PUT", "/api/v1/insights/budgets/departments/" + company.account(1).number(),
                "{\"amount\": \"10\", \"fromMonth\": \"" + month.minusMonths(1) + "\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("fromMonth");
        Response unknown = api.exchange("PUT", "/api/v1/insights/budgets/users/40000001", "{\"amount\": \"10\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("msisdn");
        assertThat(budgetOf(month, company.account(1).number())).isNull();

        BudgetInvalid invalid = org.junit.jupiter.api.Assertions.assertThrows(BudgetInvalid.class, () -> budgets.set(
                AccessScope.wholeCompany(company.id()), new BudgetInput("", "", "-5", "2020-13", false), "test"));
        assertThat(invalid.problems()).extracting(BudgetInvalid.Problem::field).containsExactly("customerNumber", "amount", "fromMonth");
    }

    @Test
    void anotherCompanyAndAnotherCustomerNumberNeitherSeeNorSet() {
        TestCompany other = mother.company("Kapret");
        CompanyApiClient attacker = new CompanyApiClient(port, tokens.tokenFor(other.id(), ApiScope.INSIGHTS_READ,
                ApiScope.INSIGHTS_MANAGE));
        Response set = attacker.exchange("PUT", "/api/v1/insights/budgets/departments/" + company.account(1).number(),
                "{\"amount\": \"1\"}");
        assertThat(set.status()).isEqualTo(400);
        assertThat(attacker.exchange("PUT", "/api/v1/insights/budgets/users/" + seller.national(), "{\"amount\": \"1\"}").status())
                .isEqualTo(400);
        assertThat(attacker.get("/api/v1/insights/budgets").body()).doesNotContain(company.account(0).number(), "Selma");

        CompanyApiClient drift = new CompanyApiClient(port, tokens.tokenFor(company.id(), Set.of(company.account(1).id()),
                ApiScope.INSIGHTS_READ, ApiScope.INSIGHTS_MANAGE));
        assertThat(drift.exchange("PUT", "/api/v1/insights/budgets/departments/" + company.account(0).number(),
                "{\"amount\": \"1\"}").status()).isEqualTo(400);
        assertThat(drift.exchange("PUT", "/api/v1/insights/budgets/users/" + seller.national(), "{\"amount\": \"1\"}").status())
                .isEqualTo(400);
        Response seen = drift.get("/api/v1/insights/budgets?month=" + month);
        assertThat(seen.<List<String>>json("$.budgets[*].customerNumber")).containsOnly(company.account(1).number());
        assertThat(budgets.overview(new AccessScope(company.id(), Set.of(company.account(1).id())), month))
                .allSatisfy(line -> assertThat(line.target().customerAccountId()).isEqualTo(company.account(1).id()));

        CompanyApiClient reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INSIGHTS_READ));
        assertThat(reader.get("/api/v1/insights/budgets").status()).isEqualTo(200);
        assertThat(reader.exchange("PUT", "/api/v1/insights/budgets/departments/" + company.account(1).number(),
                "{\"amount\": \"1\"}").status()).isEqualTo(403);
    }

    private BigDecimal budgetOf(YearMonth month, String customerNumber) {
        return budgets.overview(AccessScope.wholeCompany(company.id()), month).stream()
                .filter(line -> !line.target().user() && line.target().customerNumber().equals(customerNumber))
                .findFirst().map(BudgetLine::budget).orElse(null);
    }


}
