package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;

/**
 * The budgets (table {@code budget}, V43) and the departments and users they are for, always within the scope.
 */
@Repository
class BudgetRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    BudgetRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A budget that holds for a month: the amount (null: none) and the month it was set from. */
    record Held(BudgetTarget target, BigDecimal amount, YearMonth from) {
    }

    /** The budgets in effect in the month, departments' and users', only those with an amount. */
    List<Held> inEffect(AccessScope scope, YearMonth month) {
        return jdbc.sql("""
                select * from (
                    select distinct on (b.customer_account_id, coalesce(b.subscription_id, 0))
                           b.customer_account_id, a.number, a.name, b.subscription_id, s.msisdn, e.name as user_name,
                           b.amount, b.from_month
                    from budget b
                    join customer_account a on a.company_id = b.company_id and a.customer_account_id = b.customer_account_id
                    left join subscription s on s.company_id = b.company_id and s.subscription_id = b.subscription_id
                    left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                    where b.company_id = :company and b.from_month <= :month
                      and (cast(:accounts as bigint[]) is null or b.customer_account_id = any(:accounts))
                    order by b.customer_account_id, coalesce(b.subscription_id, 0), b.from_month desc) held
                where amount is not null
                order by number, subscription_id nulls first, msisdn""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1))
                .query((rs, n) -> new Held(target(rs), rs.getBigDecimal("amount"),
                        YearMonth.from(rs.getObject("from_month", LocalDate.class))))
                .list();
    }

    /** The department of a customer number within the scope. */
    Optional<BudgetTarget> department(AccessScope scope, String customerNumber) {
        return jdbc.sql("""
                select a.customer_account_id, a.number, a.name, null::bigint as subscription_id, null as msisdn, null as user_name
                from customer_account a
                where a.company_id = :company and a.number = :number
                  and (cast(:accounts as bigint[]) is null or a.customer_account_id = any(:accounts))""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("number", customerNumber)
                .query((rs, n) -> target(rs)).optional();
    }

    /** The subscription of a mobile number active today (or latest), within the scope. */
    Optional<BudgetTarget> user(AccessScope scope, String msisdn) {
        return jdbc.sql("""
                select a.customer_account_id, a.number, a.name, s.subscription_id, s.msisdn, e.name as user_name
                from subscription s
                join customer_account a on a.company_id = s.company_id and a.customer_account_id = s.customer_account_id
                left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                where s.company_id = :company and s.msisdn = :msisdn
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                order by (s.terminated_on is null or s.terminated_on > :today) desc, s.active_from desc
                limit 1""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("msisdn", msisdn).param("today", no.bedriftsportal.shared.Oslo.today(clock))
                .query((rs, n) -> target(rs)).optional();
    }

    /** Sets the budget from the month on (amount null: none from then), replacing one set for the same month. */
    void set(long companyId, BudgetTarget target, YearMonth from, BigDecimal amount, String setBy) {
        String conflict = target.user() ? "(company_id, subscription_id, from_month) where subscription_id is not null"
                : "(company_id, customer_account_id, from_month) where subscription_id is null";
        jdbc.sql("""
                insert into budget (company_id, customer_account_id, subscription_id, from_month, amount, set_by, set_at)
                values (:company, :account, :subscription, :from, :amount, :setBy, :now)
                on conflict %s do update set amount = excluded.amount, set_by = excluded.set_by, set_at = excluded.set_at"""
                .formatted(conflict))
                .param("company", companyId).param("account", target.customerAccountId())
                .param("subscription", target.subscriptionId()).param("from", from.atDay(1)).param("amount", amount)
                .param("setBy", setBy).param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private static BudgetTarget target(java.sql.ResultSet rs) throws java.sql.SQLException {
        long subscription = rs.getLong("subscription_id");
        boolean user = !rs.wasNull();
        return new BudgetTarget(rs.getLong("customer_account_id"), rs.getString("number"), rs.getString("name"),
                user ? subscription : null, rs.getString("msisdn"), rs.getString("user_name"));
    }
}
