package no.bedriftsportal.insights;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link AlertKind#UNUSUAL_MONTH}: a user's month (so far) above {@code factor} × the median of their own last 6
 * months before it, and above {@code amount} kr. A user needs 3 months of history to have a normal; a median of
 * nothing is not a normal. Reads usage_subscription_monthly of the touched subscriptions and months.
 */
@Component
class AlertUnusualMonthCheck implements AlertCheck {

    /** Months of history the normal needs, at least. */
    static final int MIN_HISTORY = 3;

    private final JdbcClient jdbc;

    AlertUnusualMonthCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AlertKind kind() {
        return AlertKind.UNUSUAL_MONTH;
    }

    @Override
    public List<AlertOccurrence> check(AlertRule rule, AlertCheckContext context) {
        if (context.touched().isEmpty()) {
            return List.of();
        }
        Long[] subscriptions = context.touchedSubscriptions();
        Date[] months = context.touchedMonths();
        return jdbc.sql("""
                with touched as (
                    select distinct t.subscription_id, t.month
                    from unnest(cast(:subscriptions as bigint[]), cast(:months as date[])) as t(subscription_id, month)
                ), now as (
                    select m.subscription_id, m.month, m.customer_account_id, m.amount
                    from touched t
                    join usage_subscription_monthly m on m.company_id = :company
                         and m.subscription_id = t.subscription_id and m.month = t.month
                    where m.amount > :threshold
                )
                select n.subscription_id, n.customer_account_id, n.month, n.amount, h.median
                from now n
                cross join lateral (
                    select percentile_cont(0.5) within group (order by p.amount) as median, count(*) as months
                    from usage_subscription_monthly p
                    where p.company_id = :company and p.subscription_id = n.subscription_id
                      and p.month >= n.month - interval '6 months' and p.month < n.month
                ) h
                where h.months >= :minHistory and n.amount > :factor * h.median""")
                .param("company", context.companyId()).param("subscriptions", subscriptions).param("months", months)
                .param("threshold", rule.amount()).param("factor", rule.factor()).param("minHistory", MIN_HISTORY)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getDate("month").toLocalDate());
                    return new AlertOccurrence(rs.getLong("subscription_id"), rs.getLong("customer_account_id"), null,
                            month.toString(), month.atDay(1), rs.getBigDecimal("amount"),
                            rs.getBigDecimal("median").setScale(2, java.math.RoundingMode.HALF_UP));
                }).list();
    }
}
