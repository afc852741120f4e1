package no.bedriftsportal.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.shared.database.CopyText;
import no.bedriftsportal.shared.database.CopyWriter;


/**
 * The data allowances a file touches (per subscription and month), read before they are rated and
 * written back after, all in the file's transaction: the month's package use, the extra packages in the
 * order bought with their use, and whether data is blocked. Automatic packages bought while rating
 * become purchase rows here.
 */
final class AllowanceBook {

    private final Map<Key, Tracked> allowances = new HashMap<>();

    /**
     * Reads the stored state of these subscription-months (those with none start unused). Plain
     * JDBC on the file's connection, so that the file's database lane can run it while the
     * ingesting thread rates; hand the result to {@link #add(Loaded)} on the ingesting thread.
     */
    static Loaded read(Connection connection, Collection<Key> keys) throws SQLException {
        Map<Key, Tracked> read = new HashMap<>();
        for (Key key : keys) {
            read.put(key, new Tracked(DataAllowance.unused(key.month()), new ArrayList<>(), false));
        }
        if (keys.isEmpty()) {
            return new Loaded(read);
        }
        Map<Key, List<Purchase>> purchases = new HashMap<>();
        try (PreparedStatement select = keysQuery(connection, keys, """
                select p.company_id, p.subscription_id, p.month, p.extra_package_purchase_id, p.code, p.size_bytes,
                       p.bought_at, p.payer, p.used_bytes
                from extra_package_purchase p
                join unnest(?::bigint[], ?::bigint[], ?::date[]) k (company_id, subscription_id, month)
                     using (company_id, subscription_id, month)
                order by p.bought_at, p.extra_package_purchase_id""");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                purchases.computeIfAbsent(key(rs), k -> new ArrayList<>()).add(new Purchase(rs.getLong("extra_package_purchase_id"),
                        new ExtraPackageBalance(rs.getString("code"), rs.getLong("size_bytes"),
                                rs.getTimestamp("bought_at").toInstant(), Payer.valueOf(rs.getString("payer")),
                                rs.getLong("used_bytes"))));
            }
        }
        Map<Key, Stored> stored = new HashMap<>();
        try (PreparedStatement select = keysQuery(connection, keys, """
                select a.company_id, a.subscription_id, a.month, a.package_used_bytes, a.blocked_at
                from data_allowance a
                join unnest(?::bigint[], ?::bigint[], ?::date[]) k (company_id, subscription_id, month)
                     using (company_id, subscription_id, month)""");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Timestamp blockedAt = rs.getTimestamp("blocked_at");
                stored.put(key(rs), new Stored(rs.getLong("package_used_bytes"), blockedAt == null ? null : blockedAt.toInstant()));
            }
        }
        for (Key key : keys) {
            List<Purchase> bought = purchases.getOrDefault(key, List.of());
            Stored row = stored.get(key);
            if (row == null && bought.isEmpty()) {
                continue;
            }
            DataAllowance allowance = DataAllowance.restore(new DataAllowanceState(key.month(),
                    row == null ? 0 : row.packageUsedBytes(), bought.stream().map(Purchase::balance).toList(),
                    row == null ? null : row.blockedAt()));
            read.put(key, new Tracked(allowance, bought.stream().map(Purchase::id).toList(), true));
        }
        return new Loaded(read);
    }

    /** Takes over allowances read by {@link #read}. */
    void add(Loaded loaded) {
        allowances.putAll(loaded.allowances());
    }

    private static PreparedStatement keysQuery(Connection connection, Collection<Key> keys, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("bigint", keys.stream().map(Key::companyId).toArray()));
        statement.setArray(2, connection.createArrayOf("bigint", keys.stream().map(Key::subscriptionId).toArray()));
        statement.setArray(3, connection.createArrayOf("date",
                keys.stream().map(key -> java.sql.Date.valueOf(key.month().atDay(1))).toArray()));
        return statement;
    }

    private static Key key(ResultSet rs) throws SQLException {
        return new Key(rs.getLong("company_id"), rs.getLong("subscription_id"),
                YearMonth.from(rs.getObject("month", LocalDate.class)));
    }

    DataAllowance get(Key key) {
        Tracked tracked = allowances.get(key);
        if (tracked == null) {
            throw new IllegalStateException("allowance not loaded for " + key);
        }
        return tracked.allowance();
    }

    /**
     * Writes back every touched allowance, a few statements for them all; new balances are the
     * automatic packages in {@code boughtAutomatically}.
     */
    void save(Connection connection, Map<Key, List<ExtraPackageBought>> boughtAutomatically) throws SQLException {
        CopyText states = new CopyText();
        CopyText used = new CopyText();
        CopyText bought = new CopyText();
        for (Map.Entry<Key, Tracked> entry : allowances.entrySet()) {
            Key key = entry.getKey();
            Tracked tracked = entry.getValue();
            DataAllowanceState state = tracked.allowance().state();
            if (!tracked.stored() && state.packageUsedBytes() == 0 && state.extraPackages().isEmpty()) {
                continue;
            }
            states.number(key.companyId()).number(key.subscriptionId()).date(key.month().atDay(1))
                    .number(state.packageUsedBytes()).timestamp(state.blockedAt()).endRow();
            List<ExtraPackageBalance> balances = state.extraPackages();
            for (int i = 0; i < tracked.purchaseIds().size(); i++) {
                used.number(key.companyId()).number(tracked.purchaseIds().get(i)).number(balances.get(i).usedBytes()).endRow();
            }
            List<ExtraPackageBought> automatic = boughtAutomatically.getOrDefault(key, List.of());
            for (int i = tracked.purchaseIds().size(), n = 0; i < balances.size(); i++, n++) {
                ExtraPackageBought purchase = automatic.get(n);
                bought.number(key.companyId()).number(key.subscriptionId()).date(key.month().atDay(1)).text(purchase.code())
                        .number(purchase.sizeBytes()).decimal(purchase.price()).text(purchase.payer().name())
                        .timestamp(purchase.boughtAt()).text("AUTOMATIC").number(balances.get(i).usedBytes()).endRow();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temp table if not exists ingest_allowance (company_id bigint, subscription_id bigint, month date,
                                                                      package_used_bytes bigint, blocked_at timestamptz)
                    on commit drop""");
            statement.execute("""
                    create temp table if not exists ingest_package_use (company_id bigint, extra_package_purchase_id bigint,
                                                                        used_bytes bigint)
                    on commit drop""");
            if (states.rows() > 0) {
                CopyWriter.load(connection, "copy ingest_allowance from stdin", states);
                statement.execute("""
                        insert into data_allowance (company_id, subscription_id, month, package_used_bytes, blocked_at)
                        select * from ingest_allowance
                        on conflict (company_id, subscription_id, month) do update
                           set package_used_bytes = excluded.package_used_bytes, blocked_at = excluded.blocked_at""");
            }
            if (used.rows() > 0) {
                CopyWriter.load(connection, "copy ingest_package_use from stdin", used);
                statement.execute("""
                        update extra_package_purchase p set used_bytes = u.used_bytes
                        from ingest_package_use u
                        where p.company_id = u.company_id and p.extra_package_purchase_id = u.extra_package_purchase_id
                          and p.used_bytes <> u.used_bytes""");
            }
            if (bought.rows() > 0) {
                CopyWriter.load(connection, """
                        copy extra_package_purchase (company_id, subscription_id, month, code, size_bytes, price, payer,
                                                     bought_at, source, used_bytes) from stdin""", bought);
            }
            statement.execute("truncate ingest_allowance, ingest_package_use");
        }
    }

    /** A subscription-month. */
    record Key(long companyId, long subscriptionId, YearMonth month) {
    }

    /** Allowances read on the database lane, for {@link #add(Loaded)}. */
    record Loaded(Map<Key, Tracked> allowances) {
    }

    private record Tracked(DataAllowance allowance, List<Long> purchaseIds, boolean stored) {
    }

    private record Purchase(long id, ExtraPackageBalance balance) {
    }

    private record Stored(long packageUsedBytes, Instant blockedAt) {
    }
}
