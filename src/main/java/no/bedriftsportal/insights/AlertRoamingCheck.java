package no.bedriftsportal.insights;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link AlertKind#ROAMING_DAY}: a user's cost abroad (the rollups' category {@code abroad}: roaming, and calls
 * and messages to foreign numbers) in one day above the rule's amount. Reads usage_daily of the touched
 * subscriptions in the touched months (through its index of the rows abroad: abroad is never NO); the period is the day.
 */
@Component
class AlertRoamingCheck implements AlertCheck {

    private final JdbcClient jdbc;

    AlertRoamingCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AlertKind kind() {
        return AlertKind.ROAMING_DAY;
    }

    @Override
    public List<AlertOccurrence> check(AlertRule rule, AlertCheckContext context) {
        Set<YearMonth> months = context.months();
        if (months.isEmpty()) {
            return List.of();
        }
        YearMonth first = months.iterator().next();
        YearMonth last = months.stream().reduce((a, b) -> b).orElseThrow();
        return jdbc.sql("""
                select d.subscription_id, s.customer_account_id, d.day, sum(d.amount) as amount
                from usage_daily d
                join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
                where d.company_id = :company and d.country <> 'NO' and d.subscription_id = any(:ids) and d.category = 'abroad'
                  and d.day >= :from and d.day < :to
                group by d.subscription_id, s.customer_account_id, d.day
                having sum(d.amount) > :threshold""")
                .param("company", context.companyId()).param("ids", context.subscriptionIds())
                .param("from", Date.valueOf(first.atDay(1))).param("to", Date.valueOf(last.plusMonths(1).atDay(1)))
                .param("threshold", rule.amount())
                .query((rs, n) -> {
                    var day = rs.getDate("day").toLocalDate();
                    return new AlertOccurrence(rs.getLong("subscription_id"), rs.getLong("customer_account_id"), null,
                            day.toString(), day, rs.getBigDecimal("amount"), rule.amount());
                }).list();
    }
}
