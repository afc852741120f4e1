package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ProductGroupCount;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * D1: how many subscriptions the company has per product group, and how its usage over the last
 * 7, 30 or 90 days splits into within fixed price, outside fixed price and to/from abroad.
 */
@Component
class SubscriptionsOverview {

    static final List<String> CATEGORIES = List.of("fixed_price", "outside_fixed_price", "abroad");

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final Clock clock;

    SubscriptionsOverview(JdbcClient jdbc, Subscriptions subscriptions, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    SubscriptionsCard card(AccessScope scope, Period period) {
        LocalDate today = Oslo.today(clock);
        List<ProductGroupCount> groups = subscriptions.countByProductGroup(scope, today);
        return new SubscriptionsCard(period, today, groups, groups.stream().mapToLong(ProductGroupCount::count).sum(),
                split(scope, period.from(today), period.to(today)));
    }

    List<UsageSplit> split(AccessScope scope, LocalDate from, LocalDate to) {
        Map<String, UsageSplit> byCategory = new java.util.HashMap<>();
        jdbc.sql("""
                select category,
                       coalesce(sum(seconds) filter (where type = 'VOICE'), 0) as voice_seconds,
                       coalesce(sum(quantity) filter (where type in ('SMS', 'MMS')), 0) as messages,
                       coalesce(sum(bytes), 0) as bytes, coalesce(sum(amount), 0) as amount
                from usage_account_daily
                where company_id = :company and day between :from and :to
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                group by category""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", from).param("to", to)
                .query(rs -> {
                    byCategory.put(rs.getString("category"), new UsageSplit(rs.getString("category"), rs.getLong("voice_seconds"),
                            rs.getLong("messages"), rs.getLong("bytes"), rs.getBigDecimal("amount")));
                });
        List<UsageSplit> split = new ArrayList<>();
        for (String category : CATEGORIES) {
            split.add(byCategory.getOrDefault(category, new UsageSplit(category, 0, 0, 0, BigDecimal.ZERO)));
        }
        return split;
    }
}
