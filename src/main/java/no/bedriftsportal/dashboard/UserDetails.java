package no.bedriftsportal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.billing.MonthlyCharges;
import no.bedriftsportal.shared.AccessScope;

/**
 * D6: one user's month with its total cost ({@link TotalCost}) (from the per-subscription daily rollup, one subscription only) and six
 * months of data against the package. Aggregates only: an administrator never sees whom an
 * employee called (DOMAIN-RULES "Privacy").
 */
@Component
class UserDetails {

    private static final int TREND_MONTHS = 6;

    private final JdbcClient jdbc;
    private final MonthlyCharges charges;

    UserDetails(JdbcClient jdbc, MonthlyCharges charges) {
        this.jdbc = jdbc;
        this.charges = charges;
    }

    /** Empty when the subscription is not the company's, or not on a granted customer number. */
    Optional<UserDetail> detail(AccessScope scope, long subscriptionId, YearMonth month) {
        Optional<UserCost> user = jdbc.sql(UsedData.in("""
                select s.subscription_id, s.msisdn, e.name, a.name as department, a.number as customer_number,
                       (select c.plan_code from subscription_change c
                        where c.company_id = s.company_id and c.subscription_id = s.subscription_id and c.kind = 'PLAN'
                          and c.effective_from <= :lastDay order by c.effective_from desc limit 1) as plan_code,
                       coalesce(m.voice_seconds, 0) as voice_seconds, coalesce(m.messages, 0) as messages,
                       used_bytes(m) as data_bytes, coalesce(m.amount, 0) as amount
                from subscription s
                join customer_account a on a.company_id = s.company_id and a.customer_account_id = s.customer_account_id
                left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                left join usage_subscription_monthly m on m.company_id = s.company_id and m.subscription_id = s.subscription_id
                                                       and m.month = :month
                where s.company_id = :company and s.subscription_id = :subscription
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))"""))
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("subscription", subscriptionId).param("month", month.atDay(1)).param("lastDay", month.atEndOfMonth())
                .query((rs, n) -> UserCost.read(rs))
                .optional()
                .map(usage -> TotalCost.of(usage, charges.forSubscription(scope, subscriptionId, month).orElse(null)));
        return user.map(found -> new UserDetail(found, month, breakdown(scope.companyId(), subscriptionId, month),
                trend(scope.companyId(), subscriptionId, month)));
    }

    private List<UserDetail.Line> breakdown(long companyId, long subscriptionId, YearMonth month) {
        return jdbc.sql("""
                select type, category, data_bucket, sum(events) as events,
                       coalesce(sum(seconds) filter (where direction <> 'MT'), 0) as voice_seconds,
                       sum(quantity) as quantity, sum(bytes) as bytes, sum(amount) as amount
                from usage_daily
                where company_id = :company and subscription_id = :subscription and day between :from and :to
                group by type, category, data_bucket
                order by type, category, data_bucket""")
                .param("company", companyId).param("subscription", subscriptionId)
                .param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query((rs, n) -> new UserDetail.Line(rs.getString("type"), rs.getString("category"), rs.getString("data_bucket"),
                        rs.getLong("events"), rs.getLong("voice_seconds"), rs.getLong("quantity"), rs.getLong("bytes"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    private List<UserDetail.MonthData> trend(long companyId, long subscriptionId, YearMonth last) {
        YearMonth first = last.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, Long> bytes = new HashMap<>();
        jdbc.sql(UsedData.in("""
                select m.month, used_bytes(m) as data_bytes from usage_subscription_monthly m
                where m.company_id = :company and m.subscription_id = :subscription and m.month between :from and :to"""))
                .param("company", companyId).param("subscription", subscriptionId)
                .param("from", first.atDay(1)).param("to", last.atDay(1))
                .query(rs -> {
                    bytes.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("data_bytes"));
                });
        List<UserDetail.MonthData> trend = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long packageBytes = jdbc.sql("""
                    select coalesce(p.data_package_mb, 0) * 1000000 from subscription_change c join price_plan p on p.code = c.plan_code
                    where c.company_id = :company and c.subscription_id = :subscription and c.kind = 'PLAN' and c.effective_from <= :day
                    order by c.effective_from desc limit 1""")
                    .param("company", companyId).param("subscription", subscriptionId).param("day", month.atEndOfMonth())
                    .query(Long.class).optional().orElse(0L);
            trend.add(new UserDetail.MonthData(month, bytes.getOrDefault(month, 0L), packageBytes));
        }
        return trend;
    }
}
