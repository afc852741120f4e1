package no.bedriftsportal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The second wall (ADR 0010): a portal request's queries run as a role that owns no table, and
 * row-level security shows them the rows of the request's company only, and no rows at all while
 * no company is set, whatever the SQL forgot to filter.
 */
@PortalIntegrationTest
class RowLevelSecurityIntegrationTest {

    @Autowired
    CompanyMother companies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SmsOutbox outbox;

    @LocalServerPort
    int port;

    @Test
    void aSignedInPageIsReadOnThePortalRoleWithTheUsersCompanySet() {
        TestCompany company = companies.company("Salg");
        PortalHttpClient admin = new PortalHttpClient(port);
        admin.logIn(company.superUser(), outbox);

        PortalHttpClient.Page page = admin.get("/settings/access");
        assertThat(page.status()).as("the user is found: the company is set, or the wall would show no user").isEqualTo(200);
        assertThat(page.body()).contains(company.company().name());

        jdbc.sql("revoke select on portal_user from portal_app").update();
        try {
            assertThat(admin.get("/settings/access").status()).as("the page reads as portal_app").isEqualTo(500);
        } finally {
            jdbc.sql("grant select on portal_user to portal_app").update();
        }
        assertThat(admin.get("/settings/access").status()).isEqualTo(200);
    }

    @Test
    void aPortalRequestWithNoCompanySetSeesNoRows() {
        TestCompany company = companies.company("Salg");
        company.superUser();

        for (String table : List.of("company", "customer_account", "employee", "subscription", "portal_user")) {
            String count = "select count(*) from " + table;
            assertThat(portalRequest(null, () -> jdbc.sql(count).query(Long.class).single())).as(table).isZero();
            assertThat(jdbc.sql(count).query(Long.class).single()).as("the operator sees " + table).isPositive();
        }
        assertThat(portalRequest(null, () -> jdbc.sql("select count(*) from subscription where company_id = :id")
                .param("id", company.id()).query(Long.class).single())).isZero();
    }

    @Test
    void companyACannotReadOrWriteCompanyBsRowsEvenWithoutACompanyFilter() {
        TestCompany a = companies.company("Salg");
        TestCompany b = companies.company("Drift");
        Msisdn ofA = a.subscriber(0, "FRI_5");
        Msisdn ofB = b.subscriber(0, "FRI_5");

        List<Long> seen = portalRequest(a.id(), () -> jdbc.sql("select company_id from subscription").query(Long.class).list());
        assertThat(seen).isNotEmpty().containsOnly(a.id());
        assertThat(portalRequest(a.id(), () -> jdbc.sql("select msisdn from subscription where msisdn in (:a, :b)")
                .param("a", ofA.value()).param("b", ofB.value()).query(String.class).list())).containsExactly(ofA.value());
        assertThat(portalRequest(a.id(), () -> jdbc.sql("select count(*) from customer_account where customer_account_id = :id")
                .param("id", b.account(0).id()).query(Long.class).single())).isZero();
        assertThat(portalRequest(a.id(), () -> jdbc.sql("update customer_account set name = 'Overtatt' where company_id = :b")
                .param("b", b.id()).update())).isZero();
        assertThatThrownBy(() -> portalRequest(a.id(), () -> jdbc.sql(
                "insert into customer_account (company_id, number, name) values (:b, '99887766', 'Innbrudd')")
                .param("b", b.id()).update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("violates row-level security policy");
        assertThat(jdbc.sql("select name from customer_account where company_id = :b").param("b", b.id())
                .query(String.class).list()).containsExactly("Drift");
    }

    @Test
    void theCompanyIsSetForEveryTransactionAndNeverCarriedOver() {
        TestCompany a = companies.company("Salg");
        TestCompany b = companies.company("Drift");

        String companies = "select distinct company_id from customer_account";
        List<Long> seenByA = portalRequest(a.id(), () -> transactions.execute(status -> jdbc.sql(companies).query(Long.class).list()));
        List<Long> seenByB = portalRequest(b.id(), () -> transactions.execute(status -> jdbc.sql(companies).query(Long.class).list()));
        assertThat(seenByA).containsExactly(a.id());
        assertThat(seenByB).containsExactly(b.id());
        for (int i = 0; i < 20; i++) { // every pooled connection, each used by a company before
            assertThat(portalRequest(null, () -> jdbc.sql("select count(*) from customer_account").query(Long.class).single()))
                    .isZero();
        }
    }

    @Test
    void portalConnectionsAreARoleThatOwnsNothingAndCannotBypassTheWall() {
        record Role(String name, boolean superuser, boolean bypassRls, long tablesOwned) {
        }
        Role role = portalRequest(null, () -> jdbc.sql("""
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       (select count(*) from pg_class c where c.relowner = r.oid) as owned
                from pg_roles r where r.rolname = current_user""")
                .query((rs, n) -> new Role(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getLong(4))).single());
        assertThat(role.name()).isEqualTo("portal_app");
        assertThat(role.superuser()).isFalse();
        assertThat(role.bypassRls()).isFalse();
        assertThat(role.tablesOwned()).isZero();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).as("the operator").isNotEqualTo("portal_app");
    }

    @Test
    void everyTableWithACompanyHasRowLevelSecurityAndItsPolicy() {
        record Table(String name, boolean rowSecurity, long policies, boolean portalMayRead) {
        }
        List<Table> tables = jdbc.sql("""
                select c.relname, c.relrowsecurity,
                       (select count(*) from pg_policy p where p.polrelid = c.oid and p.polname = 'company_rows') as policies,
                       has_table_privilege('portal_app', c.oid, 'select') as portal_may_read
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'company_id'
                              and a.attnum > 0 and not a.attisdropped)""")
                .query((rs, n) -> new Table(rs.getString(1), rs.getBoolean(2), rs.getLong(3), rs.getBoolean(4))).list();
        assertThat(tables).extracting(Table::name).contains("company", "subscription", "portal_user", "audit_event",
                "usage_event", "usage_daily", "invoice");
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.rowSecurity()).as(table.name() + " has row-level security").isTrue();
            assertThat(table.policies()).as(table.name() + " has the company policy").isEqualTo(1);
            assertThat(table.portalMayRead()).as(table.name() + " is granted to the portal").isTrue();
        });
        assertThat(jdbc.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relispartition
                  and has_table_privilege('portal_app', c.oid, 'select')""").query(Long.class).single())
                .as("partitions are read through their parent only").isZero();
    }

    private static <T> T portalRequest(Long companyId, Supplier<T> work) {
        PortalRequestScope.open();
        try {
            if (companyId != null) {
                PortalRequestScope.signedIn(companyId);
            }
            return work.get();
        } finally {
            PortalRequestScope.close();
        }
    }
}
