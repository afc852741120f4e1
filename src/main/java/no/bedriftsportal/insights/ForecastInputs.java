package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;

/**
 * The daily figures a forecast needs (X3), read from the rollups, never from raw events: the variable cost per day
 * (usage from {@code usage_account_daily} per department or {@code usage_daily} per user, plus the extra packages
 * bought that day that the company pays) for the month and the {@link #HISTORY_MONTHS} months before it, and the
 * fixed monthly fees accrued per active day (fee / days in month, the catalogue's pro rata) of the whole month.
 * Only figures up to {@code knownThrough} are read, so a past month can be forecast as it looked on its tenth day.
 */
@Component
class ForecastInputs {

    /** The months before the forecast one whose days make the usual shape of a month. */
    static final int HISTORY_MONTHS = 6;

    private final JdbcClient jdbc;

    ForecastInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One department's or user's figures. historyDays: the history's days from the first with any cost. */
    record Inputs(List<LocalDate> historyDays, Map<LocalDate, BigDecimal> history, Map<LocalDate, BigDecimal> month,
            Map<LocalDate, BigDecimal> fees) {
    }

    /** Per department (key {@code BudgetTarget.departmentKey}) in the scope, and per user of {@code subscriptionIds}. */
    Map<String, Inputs> load(AccessScope scope, YearMonth month, LocalDate knownThrough, Collection<Long> subscriptionIds) {
        LocalDate historyStart = month.minusMonths(HISTORY_MONTHS).atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate through = knownThrough.isBefore(last) ? knownThrough : last;
        Map<String, Map<LocalDate, BigDecimal>> variable = new HashMap<>();
        Object subscriptions = SqlArrays.bigints(subscriptionIds.isEmpty() ? List.of(-1L) : subscriptionIds);
        jdbc.sql("""
                select 'A' || customer_account_id as target, day, sum(amount) as amount
                from usage_account_daily
                where company_id = :company and day between :from and :through
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                group by 1, 2
                union all
                select 'S' || subscription_id, day, sum(amount)
                from usage_daily
                where company_id = :company and day between :from and :through and subscription_id = any(:subscriptions)
                group by 1, 2
                union all
                select t.target, (p.bought_at at time zone 'Europe/Oslo')::date, sum(p.price)
                from extra_package_purchase p
                join subscription s on s.company_id = p.company_id and s.subscription_id = p.subscription_id
                cross join lateral (values ('A' || s.customer_account_id), ('S' || s.subscription_id)) t(target)
                where p.company_id = :company and p.payer <> 'VIPPS' and p.month >= :from
                  and p.bought_at >= :fromInstant and p.bought_at < :untilInstant
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                  and (t.target like 'A%' or s.subscription_id = any(:subscriptions))
                group by 1, 2""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("subscriptions", subscriptions).param("from", historyStart).param("through", through)
                .param("fromInstant", java.sql.Timestamp.from(Oslo.startOf(historyStart)))
                .param("untilInstant", java.sql.Timestamp.from(Oslo.startOf(through.plusDays(1))))
                .query(rs -> {
                    variable.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .merge(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), BigDecimal::add);
                });
        Map<String, Map<LocalDate, BigDecimal>> fees = new HashMap<>();
        jdbc.sql("""
                select s.customer_account_id, s.subscription_id, d.day::date as day, p.monthly_fee / :days as fee
                from subscription s
                cross join generate_series(cast(:first as date), cast(:last as date), interval '1 day') d(day)
                cross join lateral (select c.plan_code from subscription_change c
                                    where c.company_id = s.company_id and c.subscription_id = s.subscription_id
                                      and c.kind = 'PLAN' and c.effective_from <= d.day::date
                                    order by c.effective_from desc limit 1) plan
                join price_plan p on p.code = plan.plan_code
                where s.company_id = :company and s.active_from <= :last and (s.terminated_on is null or s.terminated_on > :first)
                  and s.active_from <= d.day::date and (s.terminated_on is null or s.terminated_on > d.day::date)
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("first", month.atDay(1)).param("last", last).param("days", month.lengthOfMonth())
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    BigDecimal fee = rs.getBigDecimal("fee");
                    fees.computeIfAbsent("A" + rs.getLong(1), k -> new HashMap<>()).merge(day, fee, BigDecimal::add);
                    long subscriptionId = rs.getLong(2);
                    if (subscriptionIds.contains(subscriptionId)) {
                        fees.computeIfAbsent("S" + subscriptionId, k -> new HashMap<>()).merge(day, fee, BigDecimal::add);
                    }
                });
        Map<String, Inputs> inputs = new HashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>(variable.keySet());
        keys.addAll(fees.keySet());
        for (String key : keys) {
            Map<LocalDate, BigDecimal> days = variable.getOrDefault(key, Map.of());
            Map<LocalDate, BigDecimal> history = new HashMap<>();
            Map<LocalDate, BigDecimal> thisMonth = new HashMap<>();
            LocalDate firstCost = null;
            for (Map.Entry<LocalDate, BigDecimal> day : days.entrySet()) {
                if (day.getKey().isBefore(month.atDay(1))) {
                    history.put(day.getKey(), day.getValue());
                    firstCost = firstCost == null || day.getKey().isBefore(firstCost) ? day.getKey() : firstCost;
                } else {
                    thisMonth.put(day.getKey(), day.getValue());
                }
            }
            List<LocalDate> historyDays = new ArrayList<>();
            LocalDate historyEnd = through.isBefore(month.atDay(1)) ? through.plusDays(1) : month.atDay(1);
            for (LocalDate day = firstCost; day != null && day.isBefore(historyEnd); day = day.plusDays(1)) {
                historyDays.add(day);
            }
            inputs.put(key, new Inputs(historyDays, history, thisMonth, fees.getOrDefault(key, Map.of())));
        }
        return inputs;
    }
}
