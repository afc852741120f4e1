package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;


import no.bedriftsportal.PortalIntegrationTest;

/**
 * V15 on a ledger written by the import before it, in a database of its own on the tests' server:
 * a file with a transaction the old import took for a repeat (its payment never registered), a
 * payment applied by KID, one applied by hand later (the file's counts never knew), and one still
 * unmatched. After V15 every file adds up, in count and amount, and each transaction says why.
 */
@PortalIntegrationTest
class OcrLedgerMigrationIntegrationTest {

    @Autowired
    DataSource portal;

    @Test
    void aLedgerOfTheOldImportMigratesAndAddsUp() {
        String database = "ocr_ledger_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient admin = JdbcClient.create(portal);
        admin.sql("create database " + database).update();
        String url = ownersUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        SingleConnectionDataSource legacy = new SingleConnectionDataSource(url, true);
        try {
            flyway(legacy, lastVersionBefore15(legacy)).migrate();
            JdbcClient jdbc = JdbcClient.create(legacy);
            writeOldLedger(jdbc);

            flyway(legacy, "latest").migrate();

            List<Map<String, Object>> files = jdbc.sql("""
                    select transmission_number, status, transactions, applied, unmatched, refused, total, applied_amount,
                           unmatched_amount, refused_amount, reason
                    from ocr_file order by transmission_number""").query().listOfRows();
            assertThat(files).hasSize(2);
            assertThat(files.get(0)).containsEntry("status", "IMPORTED").containsEntry("transactions", 3).containsEntry("applied", 2)
                    .containsEntry("unmatched", 0).containsEntry("refused", 1);
            assertThat(List.of(files.get(0).get("total"), files.get(0).get("applied_amount"), files.get(0).get("unmatched_amount"),
                    files.get(0).get("refused_amount"))).map(Object::toString).containsExactly("60.00", "30.00", "0.00", "30.00");
            assertThat((String) files.get(0).get("reason")).startsWith("1 transaction(s) taken for repeats of an earlier file");
            assertThat(files.get(1)).containsEntry("applied", 0).containsEntry("unmatched", 1).containsEntry("refused", 0)
                    .containsEntry("reason", null);
            assertThat(jdbc.sql("select transaction_key, status, reason from ocr_transaction order by transaction_key")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list()).containsExactly(
                    "0000001:0000001:1 APPLIED applied to invoice 900001",
                    "0000001:0000001:2 APPLIED applied by hand to invoice 900002",
                    "0000002:0000001:1 UNMATCHED unmatched: no invoice has this KID");
            assertThatThrownBy(() -> jdbc.sql("""
                    insert into ocr_file (sha256, name, source, received_at, transmission_number, transactions, applied, unmatched,
                                          refused, total, applied_amount, unmatched_amount, refused_amount)
                    values (repeat('c', 64), 'x', 'UPLOAD', now(), '0000003', 1, 1, 0, 0, 10.00, 9.99, 0, 0)""").update())
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ocr_file_amounts_add_up");
        } finally {
            legacy.destroy();
            admin.sql("drop database if exists " + database).update();
        }
    }

    /** As the import before V15 left it; payments by hand moved no count. */
    private static void writeOldLedger(JdbcClient jdbc) {
        long company = jdbc.sql("insert into company (org_number, name) values ('923609016', 'Gammel AS') returning company_id")
                .query(Long.class).single();
        long account = jdbc.sql("""
                insert into customer_account (company_id, number, name) values (:company, '10001234', 'Drift')
                returning customer_account_id""").param("company", company).query(Long.class).single();
        long first = invoice(jdbc, company, account, 900001);
        long second = invoice(jdbc, company, account, 900002);
        jdbc.sql("""
                insert into payment (company_id, invoice_id, amount, paid_on, source, reference) values
                    (:company, :first, 10.00, '2026-11-14', 'OCR', '0000001:0000001:1'),
                    (:company, :second, 20.00, '2026-11-20', 'MANUAL', 'MANUAL:0000001:0000001:2')""")
                .param("company", company).param("first", first).param("second", second).update();
        jdbc.sql("""
                insert into ocr_file (sha256, name, source, received_at, transmission_number, transactions, matched, unmatched,
                                      duplicate, total) values
                    (repeat('a', 64), 'ocr-1.txt', 'SPOOL', now(), '0000001', 3, 1, 1, 1, 60.00),
                    (repeat('b', 64), 'ocr-2.txt', 'UPLOAD', now(), '0000002', 1, 0, 1, 0, 5.00)""").update();
        jdbc.sql("""
                insert into ocr_transaction (transaction_key, ocr_file_id, kid, amount, paid_on, debit_account, company_id, invoice_id)
                select k.key, f.ocr_file_id, k.kid, k.amount, '2026-11-14', '', k.company, k.invoice
                from (values ('0000001:0000001:1', '0000001', '1000123490000010', 10.00, :company, :first),
                             ('0000001:0000001:2', '0000001', '1234567890123455', 20.00, :company, :second),
                             ('0000002:0000001:1', '0000002', '5555', 5.00, null::bigint, null::bigint))
                     as k(key, transmission, kid, amount, company, invoice)
                join ocr_file f on f.transmission_number = k.transmission""")
                .param("company", company).param("first", first).param("second", second).update();
    }

    private static long invoice(JdbcClient jdbc, long company, long account, long number) {
        return jdbc.sql("""
                insert into invoice (company_id, customer_account_id, type, number, issue_date, due_date, period_start, period_end,
                                     kid, buyer_reference, amount_excl_vat, vat, total)
                values (:company, :account, 'INVOICE', :number, '2026-11-01', '2026-11-15', '2026-10-01', '2026-10-31',
                        :kid, 'Drift', 80.00, 20.00, 100.00)
                returning invoice_id""")
                .param("company", company).param("account", account).param("number", number).param("kid", "10001234" + number)
                .query(Long.class).single();
    }

    /** The migration before V15, whichever number it has (other branches add theirs). */
    private static String lastVersionBefore15(DataSource dataSource) {
        MigrationVersion v15 = MigrationVersion.fromVersion("15");
        return Arrays.stream(flyway(dataSource, "latest").info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(v15) < 0).max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
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
