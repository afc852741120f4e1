package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The user list of 2,000 subscriptions (#14.2) answers within a second, all rows in one page: one
 * query. The rows are written straight to the tables and removed afterwards (the database is shared).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserListSpeedIntegrationTest {

    private static final int SUBSCRIPTIONS = 2_000;

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SmsOutbox outbox;

    TestCompany company;
    Msisdn superUser;

    @BeforeAll
    void twoThousandSubscriptions() {
        company = mother.company("Salg");
        superUser = company.superUser();
        long profile = new ProfileFixture(jdbc).profile(company.id(), "Mange", java.time.Instant.now());
        jdbc.sql("""
                insert into employee (company_id, name, employee_number, pay_type)
                select :c, 'Fart ' || lpad(i::text, 5, '0'), case when i % 7 = 0 then null else 'F' || :c || '-' || i end, '5210'
                from generate_series(1, :n) i""").param("c", company.id()).param("n", SUBSCRIPTIONS).update();
        jdbc.sql("""
                insert into subscription (company_id, msisdn, customer_account_id, employee_id, active_from)
                select e.company_id, '+479' || lpad((e.employee_id % 10000000)::text, 7, '0'), :account, e.employee_id, current_date - 400
                from employee e where e.company_id = :c and e.name like 'Fart %'""")
                .param("c", company.id()).param("account", company.account(0).id()).update();
        jdbc.sql("""
                insert into subscription_change (company_id, subscription_id, kind, effective_from, plan_code)
                select company_id, subscription_id, 'PLAN', active_from, 'FRI_5' from subscription
                where company_id = :c and msisdn like '+479%'""").param("c", company.id()).update();
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                select company_id, subscription_id, now() - interval '1 day',
                       case when subscription_id % 3 = 0 then 'PROFILE' when subscription_id % 3 = 1 then 'NEW' else 'NO_PROFILE' end,
                       case when subscription_id % 3 = 0 then :profile end, 'test'
                from subscription where company_id = :c and msisdn like '+479%'""")
                .param("c", company.id()).param("profile", profile).update();
    }

    @AfterAll
    void removeThem() {
        String mine = "select subscription_id from subscription where company_id = :c and msisdn like '+479%'";
        jdbc.sql("delete from costsharing_assignment where company_id = :c and subscription_id in (" + mine + ")")
                .param("c", company.id()).update();
        jdbc.sql("delete from subscription_change where company_id = :c and subscription_id in (" + mine + ")")
                .param("c", company.id()).update();
        jdbc.sql("delete from subscription where company_id = :c and msisdn like '+479%'").param("c", company.id()).update();
        jdbc.sql("delete from employee where company_id = :c and name like 'Fart %'").param("c", company.id()).update();
    }

    @Test
    void twoThousandRowsRenderWithinASecond() {
        PortalHttpClient admin = new PortalHttpClient(port);
        admin.logIn(superUser, outbox);
        admin.get("/invoice-control/users"); // warm

        long fastest = Long.MAX_VALUE;
        String body = null;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            PortalHttpClient.Page page = admin.get("/invoice-control/users");
            fastest = Math.min(fastest, (System.nanoTime() - started) / 1_000_000);
            assertThat(page.status()).isEqualTo(200);
            body = page.body();
        }

        assertThat(body.split("<tr data-subscription=", -1).length - 1).isGreaterThanOrEqualTo(SUBSCRIPTIONS);
        assertThat(body).doesNotContain("viser de første");
        assertThat(fastest).as("ms for 2,000 rows").isLessThan(1000);
    }
}
