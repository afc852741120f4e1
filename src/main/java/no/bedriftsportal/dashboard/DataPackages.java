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

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.SqlArrays;

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

    /** Every user with a data package in the month, the heaviest first. */
    List<DataUser> users(AccessScope scope, YearMonth month) {
        return users(scope, month, DataFilter.NONE);
    }

    /** Every user with a data package in the month that the filter lets through, in its order: for the export. */
    List<DataUser> users(AccessScope scope, YearMonth month, DataFilter filter) {
        return query(scope, month, filter, null, 0, Integer.MAX_VALUE).users();
    }

    /** A page of the users the filter lets through, and how many there are in all. */
    DataCard.UserPage page(AccessScope scope, YearMonth month, DataFilter filter, int page, int pageSize) {
        int shown = Math.max(0, page);
        DataCard.UserPage found = query(scope, month, filter, null, (long) shown * pageSize, pageSize);
        return new DataCard.UserPage(found.users(), found.total(), shown, pageSize);
    }

    /** One user with a data package; empty when the subscription has none, or is outside the scope. */
    Optional<DataUser> user(AccessScope scope, YearMonth month, long subscriptionId) {
        return query(scope, month, DataFilter.NONE, subscriptionId, 0, 1).users().stream().findFirst();
    }

    /** The month's extra packages in the scope: how many, what they cost and how much of that was paid with Vipps. */
    DataCard.ExtraPackageTotals extraPackageTotals(AccessScope scope, YearMonth month) {
        return jdbc.sql("""
                select count(*) as bought, coalesce(sum(p.price), 0) as amount,
                       coalesce(sum(p.price) filter (where p.payer = 'VIPPS'), 0) as vipps
                from extra_package_purchase p
                join subscription s on s.company_id = p.company_id and s.subscription_id = p.subscription_id
                where p.company_id = :company and p.month = :month
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1))
                .query((rs, n) -> new DataCard.ExtraPackageTotals(rs.getInt("bought"), rs.getBigDecimal("amount"), rs.getBigDecimal("vipps")))
                .single();
    }

    /** The departments (customer numbers) in the scope, for the list's filter. */
    List<DataCard.Choice> departments(AccessScope scope) {
        return jdbc.sql("""
                select customer_account_id, name from customer_account
                where company_id = :company and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                order by lower(name), number""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .query((rs, n) -> new DataCard.Choice(rs.getString("customer_account_id"), rs.getString("name")))
                .list();
    }

    /** The price plans with a data package, smallest package first, for the list's filter and the plan names. */
    List<DataCard.Choice> plans() {
        return jdbc.sql("select code, name from price_plan where data_package_mb is not null order by data_package_mb, sort")
                .query((rs, n) -> new DataCard.Choice(rs.getString("code"), rs.getString("name")))
                .list();
    }

    private DataCard.UserPage query(AccessScope scope, YearMonth month, DataFilter filter, Long subscriptionId, long offset, int limit) {
        List<Counted> rows = jdbc.sql(UsedData.in("""
                with users as (
                    select s.subscription_id, s.msisdn, e.name, s.customer_account_id, a.name as department, plan.plan_code,
                           p.data_package_mb * 1000000 as package_bytes,
                           coalesce(m.bytes_package, 0) as bytes_package, coalesce(m.bytes_extra_package, 0) as bytes_extra,
                           coalesce(m.bytes_outside_package, 0) as bytes_outside, coalesce(m.bytes_blocked, 0) as bytes_blocked,
                           used_bytes(m) as bytes_used,
                           exists (select 1 from extra_package_purchase x where x.company_id = s.company_id
                                   and x.subscription_id = s.subscription_id and x.month = :month) as bought_extra
                    from subscription s
                    join customer_account a on a.company_id = s.company_id and a.customer_account_id = s.customer_account_id
                    left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                    left join usage_subscription_monthly m on m.company_id = s.company_id
                                                           and m.subscription_id = s.subscription_id and m.month = :month
                    cross join lateral (select c.plan_code from subscription_change c
                                        where c.company_id = s.company_id and c.subscription_id = s.subscription_id
                                          and c.kind = 'PLAN' and c.effective_from <= :lastDay
                                        order by c.effective_from desc limit 1) plan
                    join price_plan p on p.code = plan.plan_code
                    where s.company_id = :company and p.data_package_mb is not null
                      and s.active_from <= :lastDay and (s.terminated_on is null or s.terminated_on > :month)
                      and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                      and (cast(:subscription as bigint) is null or s.subscription_id = :subscription)),
                measured as (
                    select u.*, u.bytes_used as total,
                           least(999, round(u.bytes_package * 100.0 / u.package_bytes)) as percent
                    from users u)
                select *, count(*) over () as matching from measured
                where (cast(:name as text) is null or lower(coalesce(name, '') collate pg_c_utf8) like :name)
                  and (cast(:number as text) is null or replace(msisdn, '+47', '') like :number)
                  and (cast(:department as bigint) is null or customer_account_id = :department)
                  and (cast(:plan as text) is null or plan_code = :plan)
                  and (cast(:minBytes as bigint) is null or total >= :minBytes)
                  and (cast(:maxBytes as bigint) is null or total <= :maxBytes)
                  and (cast(:minPercent as int) is null or percent >= :minPercent)
                  and (cast(:maxPercent as int) is null or percent <= :maxPercent)
                  and (cast(:extra as boolean) is null or bought_extra = :extra)
                order by""" + " " + filter.sort().orderBy() + " offset :offset limit :limit"))
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1)).param("lastDay", month.atEndOfMonth()).param("subscription", subscriptionId)
                .param("name", filter.namePattern()).param("number", filter.numberPattern())
                .param("department", filter.department()).param("plan", filter.plan())
                .param("minBytes", filter.minMb() == null ? null : filter.minMb() * 1_000_000)
                .param("maxBytes", filter.maxMb() == null ? null : (filter.maxMb() + 1) * 1_000_000 - 1)
                .param("minPercent", filter.minPercent()).param("maxPercent", filter.maxPercent())
                .param("extra", filter.extra()).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Counted(rs.getLong("subscription_id"), rs.getString("msisdn"), rs.getString("name"),
                        rs.getString("department"), rs.getString("plan_code"), rs.getLong("package_bytes"),
                        rs.getLong("bytes_package"), rs.getLong("bytes_extra"), rs.getLong("bytes_outside"),
                        rs.getLong("bytes_blocked"), rs.getInt("matching")))
                .list();
        Map<Long, List<DataUser.ExtraPackageBought>> extras = extraPackages(scope, month,
                rows.stream().map(Counted::subscriptionId).toList(), limit == Integer.MAX_VALUE);
        List<DataUser> users = rows.stream().map(row -> row.user(extras.getOrDefault(row.subscriptionId(), List.of()))).toList();
        return new DataCard.UserPage(users, rows.isEmpty() ? 0 : rows.get(0).matching(), 0, limit);
    }

    /** The month's extra packages of these subscriptions (of every one in the scope when {@code all}), in the order bought. */
    private Map<Long, List<DataUser.ExtraPackageBought>> extraPackages(AccessScope scope, YearMonth month, List<Long> subscriptionIds,
            boolean all) {
        Map<Long, List<DataUser.ExtraPackageBought>> extras = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return extras;
        }
        jdbc.sql("""
                select p.subscription_id, p.code, x.name, p.bought_at, p.payer, p.size_bytes, p.used_bytes
                from extra_package_purchase p join extra_package x on x.code = p.code
                join subscription s on s.company_id = p.company_id and s.subscription_id = p.subscription_id
                where p.company_id = :company and p.month = :month
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                  and (cast(:subscriptions as bigint[]) is null or p.subscription_id = any(:subscriptions))
                order by p.bought_at, p.extra_package_purchase_id""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1)).param("subscriptions", all ? null : SqlArrays.bigints(subscriptionIds))
                .query(rs -> {
                    extras.computeIfAbsent(rs.getLong("subscription_id"), id -> new ArrayList<>()).add(
                            new DataUser.ExtraPackageBought(rs.getString("code"), rs.getString("name"),
                                    rs.getTimestamp("bought_at").toInstant(), rs.getString("payer"), rs.getLong("size_bytes"),
                                    rs.getLong("used_bytes")));
                });
        return extras;
    }

    /** A user's row and how many users match in all (the same on every row). */
    private record Counted(long subscriptionId, String msisdn, String name, String department, String planCode, long packageBytes,
            long bytesPackage, long bytesExtraPackage, long bytesOutside, long bytesBlocked, int matching) {

        DataUser user(List<DataUser.ExtraPackageBought> extras) {
            return new DataUser(subscriptionId, msisdn, name, department, planCode, packageBytes, bytesPackage, bytesExtraPackage,
                    bytesOutside, bytesBlocked, extras);
        }
    }
}
