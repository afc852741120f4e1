package no.bedriftsportal.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.billing.MonthlyCharge;
import no.bedriftsportal.billing.MonthlyCharges;
import no.bedriftsportal.shared.AccessScope;

/**
 * D6/D7: every user with usage cost, total cost ({@link TotalCost}), minutes, messages and MB for a
 * month, from the per-subscription monthly rollup and billing's fees and extra packages: searchable
 * by name or number, sortable, a page at a time. Subscriptions active in the month without usage are
 * listed with zeros (and their fee).
 */
@Component
class UserOverview {

    private final JdbcClient jdbc;
    private final MonthlyCharges charges;

    UserOverview(JdbcClient jdbc, MonthlyCharges charges) {
        this.jdbc = jdbc;
        this.charges = charges;
    }

    UserPage users(AccessScope scope, UserQuery query) {
        String search = query.search() == null ? "" : query.search().strip().toLowerCase().replace("\\", "").replace("%", "").replace("_", "");
        String namePattern = search.isEmpty() ? null : "%" + search + "%";
        // a number is searched as digits, however it is typed: 912 34 567, +47 91234567
        String digits = search.replaceAll("[\\s\\u00a0]", "").replaceFirst("^\\+47", "");
        String numberPattern = digits.matches("\\d+") ? "%" + digits + "%" : null;
        // the columns come from the enum, never from the request's text
        String order = query.sort().column() + (query.descending() ? " desc nulls last" : " asc nulls last") + ", msisdn";
        YearMonth month = query.month();
        int page = Math.max(0, query.page());
        int pageSize = query.pageSize();
        // billing's figures for every user only when the order or the minimum needs them; else for the page's users
        boolean byTotal = query.sort() == UserSort.TOTAL || (query.minimum() != null && query.minimumOf() == UserSort.TOTAL);
        Map<Long, MonthlyCharge> everyUser = byTotal ? charges.forMonth(scope, month) : Map.of();
        String minimum = query.minimum() == null ? "" : " and " + query.minimumOf().monthlyValue("m", "c") + " >= :minimum";
        // filtered, sorted and paged first; the plan and the customer number's name only for the page's rows
        List<Counted> rows = TotalCost.bind(jdbc.sql(UsedData.in("with " + TotalCost.CHARGES + """
                , candidates as (
                    select s.subscription_id, s.msisdn, s.customer_account_id, e.name,
                           coalesce(m.voice_seconds, 0) as voice_seconds, coalesce(m.messages, 0) as messages,
                           used_bytes(m) as data_bytes, coalesce(m.amount, 0) as amount,
                           """ + TotalCost.sql("m", "c") + """
                            as total_amount
                    from subscription s
                    left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                    left join usage_subscription_monthly m on m.company_id = s.company_id and m.subscription_id = s.subscription_id
                                                           and m.month = :month
                    left join charges c on c.subscription_id = s.subscription_id
                    where s.company_id = :company and s.active_from <= :lastDay
                      and (s.terminated_on is null or s.terminated_on > :month)
                      and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                      and (cast(:name as text) is null or lower(coalesce(e.name, '') collate pg_c_utf8) like :name
                           or replace(s.msisdn, '+47', '') like :number)""" + minimum + """
                ),
                listed as (select *, count(*) over () as total from candidates order by""" + " " + order + """
                           offset :offset limit :limit)
                select listed.*,
                       (select a.name from customer_account a
                        where a.company_id = :company and a.customer_account_id = listed.customer_account_id) as department,
                       (select a.number from customer_account a
                        where a.company_id = :company and a.customer_account_id = listed.customer_account_id) as customer_number,
                       (select c.plan_code from subscription_change c
                        where c.company_id = :company and c.subscription_id = listed.subscription_id
                          and c.kind = 'PLAN' and c.effective_from <= :lastDay
                        order by c.effective_from desc limit 1) as plan_code
                from listed
                order by""" + " " + order)), everyUser)
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1)).param("lastDay", month.atEndOfMonth()).param("name", namePattern).param("number", numberPattern)
                .param("minimum", query.minimum() == null ? null : query.minimumOf().storedMinimum(query.minimum()))
                .param("offset", page * pageSize).param("limit", pageSize)
                .query((rs, n) -> new Counted(UserCost.read(rs), rs.getInt("total")))
                .list();
        Map<Long, MonthlyCharge> billed = byTotal ? everyUser
                : charges.forSubscriptions(scope, month, rows.stream().map(row -> row.user().subscriptionId()).toList());
        return new UserPage(rows.stream().map(row -> TotalCost.of(row.user(), billed.get(row.user().subscriptionId()))).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total(), page, pageSize);
    }

    /** A user and how many users match in all (the same on every row). */
    private record Counted(UserCost user, int total) {
    }
}
