package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The share of the month's data used by the touched subscriptions (for {@link AlertDataCheck}): the plan's data
 * package in the month (its plan on the month's last day, or today for this month) and the extra packages bought
 * in it, against what the package and the extra packages have had used (data_allowance, extra_package_purchase).
 * Subscriptions without a data package have no share.
 */
@Component
class AlertDataUse {

    /** One subscription's month: used per cent of the month's data (package + extra packages). */
    record Share(long subscriptionId, long customerAccountId, YearMonth month, BigDecimal percent) {
    }

    private final JdbcClient jdbc;

    AlertDataUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shares of at least {@code percent} per cent among the context's touched subscription months. */
    List<Share> atLeast(AlertCheckContext context, int percent) {
        if (context.touched().isEmpty()) {
            return List.of();
        }
        Long[] subscriptions = context.touchedSubscriptions();
        Date[] months = context.touchedMonths();
        return jdbc.sql("""
                with touched as (
                    select distinct t.subscription_id, t.month
                    from unnest(cast(:subscriptions as bigint[]), cast(:months as date[])) as t(subscription_id, month)
                ), shares as (
                    select t.subscription_id, s.customer_account_id, t.month,
                           coalesce(a.package_used_bytes, 0) + coalesce(x.used, 0) as used,
                           coalesce(p.data_package_mb, 0) * 1000000 + coalesce(x.size, 0) as total
                    from touched t
                    join subscription s on s.company_id = :company and s.subscription_id = t.subscription_id
                    left join data_allowance a on a.company_id = :company and a.subscription_id = t.subscription_id
                         and a.month = t.month
                    left join lateral (
                        select sum(e.size_bytes) as size, sum(e.used_bytes) as used from extra_package_purchase e
                        where e.company_id = :company and e.subscription_id = t.subscription_id and e.month = t.month
                    ) x on true
                    left join lateral (
                        select c.plan_code from subscription_change c
                        where c.company_id = :company and c.subscription_id = t.subscription_id and c.kind = 'PLAN'
                          and c.effective_from <= least(cast(t.month + interval '1 month' - interval '1 day' as date), :today)
                        order by c.effective_from desc, c.recorded_at desc limit 1
                    ) plan on true
                    left join price_plan p on p.code = plan.plan_code
                )
                select subscription_id, customer_account_id, month, round(100.0 * used / total, 1) as percent
                from shares where total > 0 and 100.0 * used >= :percent * total""")
                .param("company", context.companyId()).param("subscriptions", subscriptions).param("months", months)
                .param("today", Date.valueOf(context.today())).param("percent", percent)
                .query((rs, n) -> new Share(rs.getLong("subscription_id"), rs.getLong("customer_account_id"),
                        YearMonth.from(rs.getDate("month").toLocalDate()), rs.getBigDecimal("percent"))).list();
    }
}
