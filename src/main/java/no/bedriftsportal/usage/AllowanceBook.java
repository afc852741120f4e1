package no.bedriftsportal.usage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.shared.database.CopyWriter;

/**
 * The data allowances a file touches (per subscription and month), read before rating and written
 * back after, all in the file's transaction: the month's package use, the extra packages in the
 * order bought with their use, and whether data is blocked. Automatic packages bought while rating
 * become purchase rows here.
 */
final class AllowanceBook {

    private final JdbcClient jdbc;
    private final Map<Key, Tracked> allowances = new HashMap<>();
    private final Map<Key, DataAllowanceState> loaded = new HashMap<>();

    AllowanceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the stored state of these subscription-months (those with none start unused). */
    void load(Connection connection, Collection<Key> keys) throws SQLException {
        for (Key key : keys) {
            allowances.put(key, new Tracked(DataAllowance.unused(key.month()), new ArrayList<>(), false));
        }
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("create temp table ingest_allowance_key (company_id bigint, subscription_id bigint, month date) on commit drop")
                .update();
        try (CopyWriter copy = CopyWriter.open(connection, "copy ingest_allowance_key from stdin")) {
            for (Key key : keys) {
                copy.number(key.companyId()).number(key.subscriptionId()).date(key.month().atDay(1)).endRow();
            }
        }
        Map<Key, List<Purchase>> purchases = new HashMap<>();
        jdbc.sql("""
                select p.company_id, p.subscription_id, p.month, p.extra_package_purchase_id, p.code, p.size_bytes,
                       p.bought_at, p.payer, p.used_bytes
                from extra_package_purchase p
                join ingest_allowance_key k using (company_id, subscription_id, month)
                order by p.bought_at, p.extra_package_purchase_id""")
                .query(rs -> {
                    Key key = new Key(rs.getLong("company_id"), rs.getLong("subscription_id"),
                            YearMonth.from(rs.getObject("month", LocalDate.class)));
                    purchases.computeIfAbsent(key, k -> new ArrayList<>()).add(new Purchase(rs.getLong("extra_package_purchase_id"),
                            new ExtraPackageBalance(rs.getString("code"), rs.getLong("size_bytes"),
                                    rs.getTimestamp("bought_at").toInstant(), Payer.valueOf(rs.getString("payer")),
                                    rs.getLong("used_bytes"))));
                });
        Map<Key, Stored> stored = new HashMap<>();
        jdbc.sql("""
                select a.company_id, a.subscription_id, a.month, a.package_used_bytes, a.blocked_at
                from data_allowance a join ingest_allowance_key k using (company_id, subscription_id, month)""")
                .query(rs -> {
                    stored.put(new Key(rs.getLong("company_id"), rs.getLong("subscription_id"),
                            YearMonth.from(rs.getObject("month", LocalDate.class))), new Stored(rs.getLong("package_used_bytes"),
                                    rs.getTimestamp("blocked_at") == null ? null : rs.getTimestamp("blocked_at").toInstant()));
                });
        for (Key key : keys) {
            List<Purchase> bought = purchases.getOrDefault(key, List.of());
            Stored row = stored.get(key);
            if (row == null && bought.isEmpty()) {
                continue;
            }
            DataAllowance allowance = DataAllowance.restore(new DataAllowanceState(key.month(),
                    row == null ? 0 : row.packageUsedBytes(), bought.stream().map(Purchase::balance).toList(),
                    row == null ? null : row.blockedAt()));
            allowances.put(key, new Tracked(allowance, bought.stream().map(Purchase::id).toList(), true));
        }
        allowances.forEach((key, tracked) -> loaded.put(key, tracked.allowance().state()));
    }

    /** Puts every allowance back as it was loaded (before a second rating of the file). */
    void restore() {
        loaded.forEach((key, state) -> {
            Tracked tracked = allowances.get(key);
            allowances.put(key, new Tracked(DataAllowance.restore(state), tracked.purchaseIds(), tracked.stored()));
        });
    }

    DataAllowance get(Key key) {
        Tracked tracked = allowances.get(key);
        if (tracked == null) {
            throw new IllegalStateException("allowance not loaded for " + key);
        }
        return tracked.allowance();
    }

    /** Writes back every touched allowance; new balances are the automatic packages in {@code bought}. */
    void save(Map<Key, List<ExtraPackageBought>> boughtAutomatically) {
        for (Map.Entry<Key, Tracked> entry : allowances.entrySet()) {
            Key key = entry.getKey();
            Tracked tracked = entry.getValue();
            DataAllowanceState state = tracked.allowance().state();
            if (!tracked.stored() && state.packageUsedBytes() == 0 && state.extraPackages().isEmpty()) {
                continue;
            }
            jdbc.sql("""
                    insert into data_allowance (company_id, subscription_id, month, package_used_bytes, blocked_at)
                    values (:company, :subscription, :month, :used, :blockedAt)
                    on conflict (company_id, subscription_id, month) do update
                       set package_used_bytes = excluded.package_used_bytes, blocked_at = excluded.blocked_at""")
                    .param("company", key.companyId()).param("subscription", key.subscriptionId())
                    .param("month", key.month().atDay(1)).param("used", state.packageUsedBytes())
                    .param("blockedAt", state.blockedAt() == null ? null : Timestamp.from(state.blockedAt()))
                    .update();
            List<ExtraPackageBalance> balances = state.extraPackages();
            for (int i = 0; i < tracked.purchaseIds().size(); i++) {
                jdbc.sql("""
                        update extra_package_purchase set used_bytes = :used
                        where company_id = :company and extra_package_purchase_id = :id""")
                        .param("used", balances.get(i).usedBytes()).param("company", key.companyId())
                        .param("id", tracked.purchaseIds().get(i)).update();
            }
            List<ExtraPackageBought> automatic = boughtAutomatically.getOrDefault(key, List.of());
            for (int i = tracked.purchaseIds().size(), n = 0; i < balances.size(); i++, n++) {
                ExtraPackageBought bought = automatic.get(n);
                jdbc.sql("""
                        insert into extra_package_purchase (company_id, subscription_id, month, code, size_bytes, price, payer,
                                                            bought_at, source, used_bytes)
                        values (:company, :subscription, :month, :code, :size, :price, :payer, :at, 'AUTOMATIC', :used)""")
                        .param("company", key.companyId()).param("subscription", key.subscriptionId())
                        .param("month", key.month().atDay(1)).param("code", bought.code()).param("size", bought.sizeBytes())
                        .param("price", bought.price()).param("payer", bought.payer().name())
                        .param("at", Timestamp.from(bought.boughtAt())).param("used", balances.get(i).usedBytes())
                        .update();
            }
        }
    }

    /** A subscription-month. */
    record Key(long companyId, long subscriptionId, YearMonth month) {
    }

    private record Tracked(DataAllowance allowance, List<Long> purchaseIds, boolean stored) {
    }

    private record Purchase(long id, ExtraPackageBalance balance) {
    }

    private record Stored(long packageUsedBytes, Instant blockedAt) {
    }
}
