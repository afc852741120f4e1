package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.billing.MonthlyCharge;
import no.bedriftsportal.billing.MonthlyCharges;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.SqlArrays;

/**
 * The company API's usage: per subscription · month · kind, the figures of D6/D7 — the same
 * rollup of rated usage (never an event), the same subscriptions (those active in the month, on
 * the scope's customer numbers) and billing's fee and extra packages ({@link MonthlyCharges}), so
 * a month's rows of a subscription add up to its "Brukskostnad" and "Totalkostnad" in the user list.
 * The subscription-months are paged in SQL by (month, subscription); each gives its kinds in order.
 */
@Component
class UsageRows {

    private final JdbcClient jdbc;
    private final MonthlyCharges charges;

    UsageRows(JdbcClient jdbc, MonthlyCharges charges) {
        this.jdbc = jdbc;
        this.charges = charges;
    }

    /**
     * The rows of the first {@code subscriptionMonths} subscription-months from the query's cursor on
     * (that one included: the caller drops its rows up to the cursor's kind), in order.
     */
    List<UsageRow> rows(AccessScope scope, UsageQuery query, int subscriptionMonths) {
        Map<YearMonth, List<Long>> page = subscriptionMonths(scope, query, subscriptionMonths);
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.values().stream().flatMap(List::stream).distinct().toList();
        YearMonth first = page.keySet().iterator().next();
        YearMonth last = page.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        Map<Key, Map<UsageKind, UsageRow>> usage = usage(scope.companyId(), ids, first, last);
        List<UsageRow> rows = new ArrayList<>();
        page.forEach((month, subscriptions) -> {
            Map<Long, MonthlyCharge> billed = charges.forSubscriptions(scope, month, subscriptions);
            for (long subscription : subscriptions) {
                rows.addAll(usage.getOrDefault(new Key(month, subscription), Map.of()).values());
                MonthlyCharge charge = billed.getOrDefault(subscription, MonthlyCharge.NONE);
                if (charge.extraPackages().signum() != 0) {
                    rows.add(new UsageRow(month, subscription, UsageKind.EXTRA_PACKAGES, null, charge.extraPackages()));
                }
                rows.add(new UsageRow(month, subscription, UsageKind.MONTHLY_FEE, null, charge.fee()));
            }
        });
        return rows;
    }

    /** The subscriptions active in each month of the period, on the scope's customer numbers, from the cursor's on. */
    private Map<YearMonth, List<Long>> subscriptionMonths(AccessScope scope, UsageQuery query, int limit) {
        Map<YearMonth, List<Long>> page = new LinkedHashMap<>();
        jdbc.sql("""
                select m.month, s.subscription_id
                from (select cast(g as date) as month
                      from generate_series(cast(:from as date), cast(:to as date), interval '1 month') g) m
                join subscription s on s.company_id = :company
                                   and s.active_from < cast(m.month + interval '1 month' as date)
                                   and (s.terminated_on is null or s.terminated_on > m.month)
                where (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                  and (cast(:subscription as bigint) is null or s.subscription_id = :subscription)
                  and (cast(:customerNumber as text) is null or s.customer_account_id =
                       (select a.customer_account_id from customer_account a where a.company_id = :company and a.number = :customerNumber))
                  and (cast(:afterMonth as date) is null or (m.month, s.subscription_id) >= (cast(:afterMonth as date), :afterSubscription))
                order by m.month, s.subscription_id
                limit :limit""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", query.from().atDay(1)).param("to", query.to().atDay(1))
                .param("subscription", query.subscriptionId()).param("customerNumber", query.customerNumber())
                .param("afterMonth", query.afterMonth() == null ? null : query.afterMonth().atDay(1))
                .param("afterSubscription", query.afterSubscription()).param("limit", limit)
                .query(rs -> {
                    page.computeIfAbsent(YearMonth.from(rs.getObject("month", LocalDate.class)), month -> new ArrayList<>())
                            .add(rs.getLong("subscription_id"));
                });
        return page;
    }

    /**
     * The rated usage of these subscriptions from the rollup D6's breakdown reads, by month and kind:
     * seconds of calls made and messages sent (as D7 counts them), bytes, events and the amount.
     */
    private Map<Key, Map<UsageKind, UsageRow>> usage(long companyId, List<Long> ids, YearMonth first, YearMonth last) {
        Map<Key, Map<UsageKind, UsageRow>> usage = new HashMap<>();
        jdbc.sql("""
                select cast(date_trunc('month', d.day) as date) as month, d.subscription_id, d.type, d.category, d.data_bucket,
                       coalesce(sum(d.seconds) filter (where d.direction = 'MO'), 0) as seconds_made,
                       coalesce(sum(d.quantity) filter (where d.direction = 'MO'), 0) as sent,
                       sum(d.bytes) as bytes, sum(d.events) as events, sum(d.amount) as amount
                from usage_daily d
                where d.company_id = :company and d.subscription_id = any(:ids) and d.day between :from and :to
                group by 1, 2, 3, 4, 5""")
                .param("company", companyId).param("ids", SqlArrays.bigints(ids))
                .param("from", first.atDay(1)).param("to", last.atEndOfMonth())
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    long subscription = rs.getLong("subscription_id");
                    UsageKind kind = UsageKind.of(rs.getString("type"), rs.getString("category"), rs.getString("data_bucket"));
                    BigDecimal quantity = switch (kind.unit()) {
                        case "second" -> BigDecimal.valueOf(rs.getLong("seconds_made"));
                        case "message" -> BigDecimal.valueOf(rs.getLong("sent"));
                        case "MB" -> BigDecimal.valueOf(rs.getLong("bytes"), 6);
                        default -> BigDecimal.valueOf(rs.getLong("events"));
                    };
                    usage.computeIfAbsent(new Key(month, subscription), key -> new EnumMap<>(UsageKind.class))
                            .merge(kind, new UsageRow(month, subscription, kind, quantity, rs.getBigDecimal("amount")),
                                    (a, b) -> new UsageRow(month, subscription, kind, a.quantity().add(b.quantity()), a.amount().add(b.amount())));
                });
        return usage;
    }

    private record Key(YearMonth month, long subscriptionId) {
    }
}
