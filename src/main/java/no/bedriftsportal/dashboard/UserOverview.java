package no.bedriftsportal.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.billing.MonthlyCharge;
import no.bedriftsportal.billing.MonthlyCharges;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

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
        boolean byTotal = query.sort() == UserSort.TOTAL || (query.minimum() != null && query.minimumOf() == UserSort.TOTAL);
        if (!byTotal) {
            UserPage usage = usage(scope, query);
            Map<Long, MonthlyCharge> billed = charges.forSubscriptions(scope, query.month(),
                    usage.users().stream().map(UserCost::subscriptionId).toList());
            return new UserPage(usage.users().stream().map(user -> TotalCost.of(user, billed.get(user.subscriptionId()))).toList(),
                    usage.total(), usage.page(), usage.pageSize());
        }
        // by the total: every user found (in SQL, without the total's minimum), with billing's figures, then filtered,
        // sorted and paged here - a join of every user's figures in SQL made the list twenty times slower
        UserSort sqlOrder = query.sort() == UserSort.TOTAL ? UserSort.COST : query.sort();
        UserQuery found = new UserQuery(query.month(), query.search(), sqlOrder, query.descending(), query.minimumOf(),
                query.minimumOf() == UserSort.TOTAL ? null : query.minimum(), 0, Integer.MAX_VALUE);
        Map<Long, MonthlyCharge> billed = charges.forMonth(scope, query.month());
        java.util.stream.Stream<UserCost> users = usage(scope, found).users().stream()
                .map(user -> TotalCost.of(user, billed.get(user.subscriptionId())));
        if (query.minimum() != null && query.minimumOf() == UserSort.TOTAL) {
            users = users.filter(user -> user.total().compareTo(query.minimum()) >= 0);
        }
        if (query.sort() == UserSort.TOTAL) {
            java.util.Comparator<UserCost> byTotalCost = java.util.Comparator.comparing(UserCost::total);
            users = users.sorted((query.descending() ? byTotalCost.reversed() : byTotalCost).thenComparing(UserCost::msisdn));
        }
        List<UserCost> all = users.toList();
        int page = Math.max(0, query.page());
        int from = (int) Math.min(all.size(), (long) page * query.pageSize());
        return new UserPage(all.subList(from, (int) Math.min(all.size(), (long) from + query.pageSize())), all.size(), page,
                query.pageSize());
    }

    /** The users found with their usage alone, filtered, sorted and paged in SQL (never by the total). */
    private UserPage usage(AccessScope scope, UserQuery query) {
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
        String minimum = (query.minimum() == null ? "" : " and " + query.minimumOf().monthlyValue("m") + " >= :minimum")
                + query.show().condition();
        // filtered, sorted and paged first; the plan and the customer number's name only for the page's rows
        List<Counted> rows = jdbc.sql(UsedData.in("""
                with candidates as (
                    select s.subscription_id, s.msisdn, s.customer_account_id, e.name,
                           coalesce(m.voice_seconds, 0) as voice_seconds, coalesce(m.messages, 0) as messages,
                           used_bytes(m) as data_bytes, coalesce(m.amount, 0) as amount
                    from subscription s
                    left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                    left join usage_subscription_monthly m on m.company_id = s.company_id and m.subscription_id = s.subscription_id
                                                           and m.month = :month
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
                order by""" + " " + order))
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1)).param("lastDay", month.atEndOfMonth()).param("name", namePattern).param("number", numberPattern)
                .param("minimum", query.minimum() == null ? null : query.minimumOf().storedMinimum(query.minimum()))
                .param("monthStart", month.atDay(1).atStartOfDay(Oslo.ZONE).toOffsetDateTime())
                .param("nextMonthStart", month.plusMonths(1).atDay(1).atStartOfDay(Oslo.ZONE).toOffsetDateTime())
                .param("offset", page * pageSize).param("limit", pageSize)
                .query((rs, n) -> new Counted(UserCost.read(rs), rs.getInt("total")))
                .list();
        return new UserPage(rows.stream().map(Counted::user).toList(), rows.isEmpty() ? 0 : rows.get(0).total(), page, pageSize);
    }

    /** A user and how many users match in all (the same on every row). */
    private record Counted(UserCost user, int total) {
    }
}
