package no.bedriftsportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ARCHITECTURE.md "Data rules": every tenant table carries {@code company_id} in its primary key
 * and in every unique key, so the schema can be distributed by company. The few tables without a
 * company are listed here by name, each for a reason; a new table must take one side or the other.
 */
@PortalIntegrationTest
class SchemaTenantKeysIntegrationTest {

    /** Reference data, the tenant root itself, and infrastructure that belongs to no company. */
    private static final Map<String, String> NOT_TENANT_TABLES = Map.ofEntries(
            Map.entry("company", "the tenant root (a replicated reference table)"),
            Map.entry("product_group", "catalog"), Map.entry("price_plan", "catalog"),
            Map.entry("extra_package", "catalog"), Map.entry("tariff", "catalog"),
            Map.entry("number_range", "catalog"), Map.entry("roaming_zone", "catalog"),
            Map.entry("roaming_tariff", "catalog"), Map.entry("international_tariff", "catalog"),
            Map.entry("country", "catalog"),
            Map.entry("sms_outbox", "the gateway queue; company_id (nullable) only for the send log"),
            Map.entry("login_challenge", "one-time codes, keyed by mobile number before anyone is known"),
            Map.entry("login_device", "browsers that have logged in with a number, before anyone is known"),
            Map.entry("cdr_file", "the operator's file ledger: a file holds many companies' records"),
            Map.entry("cdr_rejection", "records of a file that were not rated, before any company is known"),
            Map.entry("cdr_seen", "every rated cdr_id, operator-wide, so no record is rated twice"),
            Map.entry("invoice_number_series", "one gapless series of invoice numbers for the operator"),
            Map.entry("invoice_run", "a month's run covers every company"),
            Map.entry("ocr_file", "the bank's files: payments to many companies"),
            Map.entry("ocr_transaction", "the bank's transactions, before (or without) a matching invoice"),
            Map.entry("spring_session", "web sessions"), Map.entry("spring_session_attributes", "web sessions"),
            Map.entry("operator_staff", "the operator's own staff (#17.4), no company's users"),
            Map.entry("onboarding_terms", "the terms of ordering the portal, one text for every company"),
            Map.entry("onboarding_order", "an order of the portal is the operator's until approved; it names a company by org number"),
            Map.entry("onboarding_pow_spent", "proofs of work spent on the public order form, before any company is known"),
            Map.entry("flyway_schema_history", "migrations"));

    /** Tenant tables without a unique key, each for a reason: they carry company_id but no key to check. */
    private static final Map<String, String> APPEND_ONLY_TENANT_TABLES = Map.of(
            "usage_event", "rated events, appended per file; cdr_seen keeps each record rated once");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableIsEitherATenantTableOrListedAsShared() {
        assertThat(tables()).as("listed shared tables exist").containsAll(NOT_TENANT_TABLES.keySet());
        assertThat(tenantTables()).contains("customer_account", "employee", "subscription", "portal_user", "audit_event",
                "usage_event", "usage_daily");
        for (String table : tenantTables()) {
            assertThat(columns(table)).as("columns of " + table).contains("company_id");
        }
    }

    @Test
    void tenantTablesHaveCompanyIdInEveryPrimaryAndUniqueKey() {
        List<KeyIndex> keys = jdbc.sql("""
                select t.relname as table_name, i.relname as index_name, x.indisprimary as is_primary,
                       array(select a.attname from unnest(x.indkey) k join pg_attribute a
                             on a.attrelid = t.oid and a.attnum = k) as columns
                from pg_index x
                join pg_class t on t.oid = x.indrelid
                join pg_class i on i.oid = x.indexrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = 'public' and (x.indisunique or x.indisprimary)""")
                .query((rs, n) -> new KeyIndex(rs.getString("table_name"), rs.getString("index_name"),
                        rs.getBoolean("is_primary"), Set.of((String[]) rs.getArray("columns").getArray())))
                .list();
        List<KeyIndex> tenantKeys = keys.stream().filter(key -> !NOT_TENANT_TABLES.containsKey(key.table())).toList();
        assertThat(tenantKeys).isNotEmpty();
        assertThat(tenantKeys).allSatisfy(key ->
                assertThat(key.columns()).as(key.table() + "." + key.index()).contains("company_id"));
        Set<String> withPrimaryKey = new TreeSet<>();
        tenantKeys.stream().filter(KeyIndex::primary).forEach(key -> withPrimaryKey.add(key.table()));
        Set<String> needKeys = tenantTables();
        needKeys.removeAll(APPEND_ONLY_TENANT_TABLES.keySet());
        assertThat(withPrimaryKey).as("tenant tables with a primary key").containsAll(needKeys);
    }

    private List<String> tables() {
        return jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                order by 1""").query(String.class).list();
    }

    private Set<String> tenantTables() {
        Set<String> tenantTables = new TreeSet<>(tables());
        tenantTables.removeAll(NOT_TENANT_TABLES.keySet());
        return tenantTables;
    }

    private Set<String> columns(String table) {
        return new TreeSet<>(jdbc.sql("select column_name from information_schema.columns where table_schema = 'public' "
                + "and table_name = :table").param("table", table).query(String.class).list());
    }

    record KeyIndex(String table, String index, boolean primary, Set<String> columns) {
    }
}
