package no.bedriftsportal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;

/**
 * D5: the company's mobile data in a month — by day within the package, within extra packages
 * and outside — and the users with a data package, their use and the extra packages they bought.
 * Subscriptions without a data package are left out of the list.
 */
@Component
class DataPackages {

    private final JdbcClient jdbc;

    DataPackages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DailyData> byDay(AccessScope scope, YearMonth month) {
        Map<LocalDate, long[]> days = new HashMap<>();
        jdbc.sql("""
                select day, data_bucket, sum(bytes) as bytes from usage_account_daily
                where company_id = :company and type = 'DATA' and day between :from and :to
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                group by day, data_bucket""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(rs -> {
                    long[] bytes = days.computeIfAbsent(rs.getObject("day", LocalDate.class), day -> new long[3]);
                    switch (rs.getString("data_bucket")) {
                        case "package" -> bytes[0] += rs.getLong("bytes");
                        case "extra_package" -> bytes[1] += rs.getLong("bytes");
                        case "outside_package" -> bytes[2] += rs.getLong("bytes");
                        default -> { } // blocked data carries no bytes to the user
                    }
                });
        List<DailyData> result = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            long[] bytes = days.getOrDefault(day, new long[3]);
            result.add(new DailyData(day, bytes[0], bytes[1], bytes[2]));
        }
        return result;
    }

    List<DataUser> users(AccessScope scope, YearMonth month) {
        Map<Long, List<DataUser.ExtraPackageBought>> extras = new HashMap<>();
        jdbc.sql("""
                select p.subscription_id, p.code, x.name, p.bought_at, p.payer, p.size_bytes, p.used_bytes
                from extra_package_purchase p join extra_package x on x.code = p.code
                join subscription s on s.company_id = p.company_id and s.subscription_id = p.subscription_id
                where p.company_id = :company and p.month = :month
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                order by p.bought_at""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1))
                .query(rs -> {
                    extras.computeIfAbsent(rs.getLong("subscription_id"), id -> new ArrayList<>()).add(
                            new DataUser.ExtraPackageBought(rs.getString("code"), rs.getString("name"),
                                    rs.getTimestamp("bought_at").toInstant(), rs.getString("payer"), rs.getLong("size_bytes"),
                                    rs.getLong("used_bytes")));
                });
        return jdbc.sql("""
                select s.subscription_id, s.msisdn, e.name, a.name as department, plan.plan_code,
                       p.data_package_mb * 1000000 as package_bytes,
                       coalesce(m.bytes_package, 0) as bytes_package, coalesce(m.bytes_extra_package, 0) as bytes_extra,
                       coalesce(m.bytes_outside_package, 0) as bytes_outside, coalesce(m.bytes_blocked, 0) as bytes_blocked
                from subscription s
                join customer_account a on a.company_id = s.company_id and a.customer_account_id = s.customer_account_id
                left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                left join usage_subscription_monthly m on m.company_id = s.company_id and m.subscription_id = s.subscription_id
                                                       and m.month = :month
                cross join lateral (select c.plan_code from subscription_change c
                                    where c.company_id = s.company_id and c.subscription_id = s.subscription_id
                                      and c.kind = 'PLAN' and c.effective_from <= :lastDay
                                    order by c.effective_from desc limit 1) plan
                join price_plan p on p.code = plan.plan_code
                where s.company_id = :company and p.data_package_mb is not null
                  and s.active_from <= :lastDay and (s.terminated_on is null or s.terminated_on > :month)
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                order by coalesce(m.bytes_package, 0) + coalesce(m.bytes_extra_package, 0) + coalesce(m.bytes_outside_package, 0) desc,
                         s.msisdn""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1)).param("lastDay", month.atEndOfMonth())
                .query((rs, n) -> new DataUser(rs.getLong("subscription_id"), rs.getString("msisdn"), rs.getString("name"),
                        rs.getString("department"), rs.getString("plan_code"), rs.getLong("package_bytes"),
                        rs.getLong("bytes_package"), rs.getLong("bytes_extra"), rs.getLong("bytes_outside"),
                        rs.getLong("bytes_blocked"), extras.getOrDefault(rs.getLong("subscription_id"), List.of())))
                .list();
    }
}
