package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;


import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscription;

/**
 * V14 fills the fee ledger from the fee lines invoice runs issued before it (a database such as the
 * demo's has 36 months of them): each line's days under the plan its description names, in the
 * order issued, so the next run bills none of those days again. Migrated on a database of its own
 * on the tests' server, from the schema just before V14 with invoices written as the old run wrote them.
 */
@PortalIntegrationTest
class FeeLedgerMigrationIntegrationTest {

    private static final String DATABASE = "fee_ledger_migration";
    private static final MigrationVersion V14 = MigrationVersion.fromVersion("14");

    @Autowired
    DataSource portal;

    @Autowired
    JdbcClient portalJdbc;

    @AfterEach
    void dropTheDatabase() {
        portalJdbc.sql("drop database if exists " + DATABASE + " with (force)").update();
    }

    @Test
    void theFeeLinesAlreadyIssuedAreInTheLedgerSoTheNextRunDoesNotBillThemAgain() {
        portalJdbc.sql("drop database if exists " + DATABASE + " with (force)").update();
        portalJdbc.sql("create database " + DATABASE).update();
        String url = ownersUrl().replace("/" + "bedriftsportal", "/" + DATABASE);
        SimpleDriverDataSource database = new SimpleDriverDataSource(new org.postgresql.Driver(), url);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(versionBefore14(database)).load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("""
                insert into company (company_id, org_number, name) overriding system value values (1, '910000001', 'Gammel AS');
                insert into customer_account (company_id, customer_account_id, number, name) overriding system value
                    values (1, 1, '70000001', 'Drift');
                insert into subscription (company_id, subscription_id, msisdn, customer_account_id, active_from) overriding system value
                    values (1, 11, '+4795000011', 1, '2026-09-16'), (1, 12, '+4795000012', 1, '2025-01-01');
                insert into subscription_change (company_id, subscription_id, kind, effective_from, plan_code)
                    values (1, 11, 'PLAN', '2026-09-16', 'BASIS'), (1, 12, 'PLAN', '2025-01-01', 'FRI_1'),
                           (1, 12, 'PLAN', '2026-10-21', 'FRI_20');
                insert into invoice_run (invoice_run_id, month, cdr_file_watermark, purchase_watermark, started_at, invoices, total)
                    overriding system value values (1, '2026-09-01', 0, 0, now(), 1, 0), (2, '2026-10-01', 0, 0, now(), 1, 0);
                insert into invoice (company_id, invoice_id, customer_account_id, type, number, invoice_run_id, credited_invoice_id,
                                     issue_date, due_date, period_start, period_end, kid, buyer_reference, amount_excl_vat, vat, total)
                    overriding system value values
                    (1, 1, 1, 'INVOICE', 100001, 1, null, '2026-10-01', '2026-10-15', '2026-09-01', '2026-09-30', '7000000110000013',
                        '70000001', 0, 0, 0),
                    (1, 2, 1, 'INVOICE', 100002, 2, null, '2026-11-01', '2026-11-15', '2026-10-01', '2026-10-31', '7000000110000021',
                        '70000001', 0, 0, 0),
                    (1, 3, 1, 'CREDIT_NOTE', 100003, null, 2, '2026-11-05', null, '2026-10-01', '2026-10-31', null,
                        '70000001', 0, 0, 0);
                insert into invoice_line (company_id, invoice_id, line_number, subscription_id, msisdn, kind, description,
                                          period_start, period_end, quantity, unit, amount_excl_vat, vat_rate) values
                    (1, 1, 1, 11, '+4795000011', 'SUBSCRIPTION_FEE', 'Bedrift Basis (15 av 30 dager)', '2026-09-16', '2026-09-30',
                        0.500, 'mnd', 24.50, 25),
                    (1, 1, 2, 12, '+4795000012', 'SUBSCRIPTION_FEE', 'Bedrift Fri 1 GB', '2026-09-01', '2026-09-30', 1, 'mnd',
                        199.00, 25),
                    (1, 2, 1, 11, '+4795000011', 'SUBSCRIPTION_FEE', 'Bedrift Basis', '2026-10-01', '2026-10-31', 1, 'mnd', 49.00, 25),
                    (1, 2, 2, 11, '+4795000011', 'USAGE', 'Samtaler', '2026-10-03', '2026-10-03', 2, 'min', 0.98, 25),
                    (1, 2, 3, 12, '+4795000012', 'SUBSCRIPTION_FEE', 'Bedrift Fri 1 GB (20 av 31 dager)', '2026-10-01', '2026-10-20',
                        0.645, 'mnd', 128.39, 25),
                    (1, 2, 4, 12, '+4795000012', 'SUBSCRIPTION_FEE', 'Et gammelt navn på Fri 20', '2026-10-21', '2026-10-31',
                        0.355, 'mnd', 123.84, 25),
                    (1, 3, 1, 11, '+4795000011', 'SUBSCRIPTION_FEE', 'Bedrift Basis', '2026-10-01', '2026-10-31', 1, 'mnd', 49.00, 25);
                """).update();

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        List<String> ledger = jdbc.sql("""
                select f.subscription_id || ' ' || f.month || ' ' || f.plan_code || ' ' || f.first_day || '–' || f.last_day || ' '
                       || f.change || ' ' || f.amount || ' ' || i.number || ':' || f.line_number
                from fee_ledger f join invoice i on i.company_id = f.company_id and i.invoice_id = f.invoice_id
                order by f.fee_ledger_id""").query(String.class).list();
        assertThat(ledger).containsExactly(
                "11 2026-09-01 BASIS 2026-09-16–2026-09-30 BILLED 24.50 100001:1",
                "12 2026-09-01 FRI_1 2026-09-01–2026-09-30 BILLED 199.00 100001:2",
                "11 2026-10-01 BASIS 2026-10-01–2026-10-31 BILLED 49.00 100002:1",
                "12 2026-10-01 FRI_1 2026-10-01–2026-10-20 BILLED 128.39 100002:3",
                "12 2026-10-01 FRI_20 2026-10-21–2026-10-31 BILLED 123.84 100002:4"); // no plan by that name: the plan that day

        FeeLedger feeLedger = new FeeLedger(jdbc, database);
        assertThat(feeLedger.firstInvoicedMonth()).contains(YearMonth.of(2026, 9));
        FeeDays feeDays = new FeeDays(FeeDaysTest.PLANS);
        Map<Long, List<FeeLedger.Entry>> entries = feeLedger.entries(1, List.of(11L, 12L));
        Subscription basis = new Subscription(1, 11, Msisdn.of("+4795000011"), 1, null, LocalDate.of(2026, 9, 16), null, null);
        Subscription fri = new Subscription(1, 12, Msisdn.of("+4795000012"), 1, null, LocalDate.of(2025, 1, 1), null, null);
        YearMonth september = YearMonth.of(2026, 9);
        YearMonth november = YearMonth.of(2026, 11);
        assertThat(feeDays.charges(basis, FeeDaysTest.plans("2026-09-16", "BASIS"), entries.get(11L), september, november))
                .extracting(FeeCharge::firstDay, FeeCharge::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 1), new BigDecimal("49.00")));
        assertThat(feeDays.charges(fri, FeeDaysTest.plans("2025-01-01", "FRI_1", "2026-10-21", "FRI_20"), entries.get(12L),
                september, november)).extracting(FeeCharge::firstDay, FeeCharge::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 1), new BigDecimal("349.00")));
    }

    /** The last migration before V14, (V12 today; V13 was left unused when branches merged). */
    private static String versionBefore14(DataSource database) {
        MigrationInfo[] migrations = Flyway.configure().dataSource(database).locations("classpath:db/migration").load().info().all();
        return java.util.Arrays.stream(migrations).map(MigrationInfo::getVersion).filter(V14::isNewerThan)
                .max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    /** The embedded server's URL as the tables' owner (the application's data source outside a portal request). */
    private String ownersUrl() {
        try (var connection = portal.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
