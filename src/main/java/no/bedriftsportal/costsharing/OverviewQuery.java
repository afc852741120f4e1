package no.bedriftsportal.costsharing;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * What {@link EmployeeOverview} reads of one subscription: whether it is in the scope (company and
 * granted customer numbers) with its employee, its choice in force for a month, its content
 * purchases in the month, and whether its employee has a result for a month.
 */
@Repository
class OverviewQuery {

    private final JdbcClient jdbc;

    OverviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param employeeId the employee holding the subscription now, or null */
    record Subscription(long subscriptionId, Long employeeId, String employeeName) {
    }

    Optional<Subscription> subscription(AccessScope scope, long subscriptionId) {
        return jdbc.sql("""
                select s.subscription_id, s.employee_id, e.name
                from subscription s
                left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                where s.company_id = :companyId and s.subscription_id = :subscriptionId
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))""")
                .param("companyId", scope.companyId()).param("subscriptionId", subscriptionId)
                .param("accounts", scope.customerAccountsParameter())
                .query((rs, row) -> {
                    long employeeId = rs.getLong("employee_id");
                    Long employee = rs.wasNull() ? null : employeeId;
                    return new Subscription(rs.getLong("subscription_id"), employee, rs.getString("name"));
                })
                .optional();
    }

    /** The subscription's choice in force for the month (the last saved before its cutoff), if any. */
    Optional<SubscriptionChoice> choice(long companyId, long subscriptionId, YearMonth month) {
        return jdbc.sql("""
                select subscription_id, choice, profile_id, assigned_at, assigned_by
                from costsharing_assignment
                where company_id = :companyId and subscription_id = :subscriptionId and assigned_at < :before
                order by assigned_at desc limit 1""")
                .param("companyId", companyId).param("subscriptionId", subscriptionId)
                .param("before", Timestamp.from(RulesInForce.cutoff(month)))
                .query(RulesInForce::choice).optional();
    }

    /** The subscription's content purchases in the month, oldest first: never the other party's number. */
    List<SubscriptionOverview.Purchase> purchases(long companyId, long subscriptionId, YearMonth month) {
        return jdbc.sql("""
                select u.cdr_id, u.piece, u.start_time, u.description, u.provider, u.amount, u.vat_rate, c.classification
                from usage_event u
                left join content_classification c on c.company_id = u.company_id and c.cdr_id = u.cdr_id and c.piece = u.piece
                where u.company_id = :companyId and u.subscription_id = :subscriptionId and u.content_service and u.amount <> 0
                  and u.start_time >= :from and u.start_time < :to
                order by u.start_time, u.cdr_id, u.piece""")
                .param("companyId", companyId).param("subscriptionId", subscriptionId)
                .param("from", Timestamp.from(Oslo.startOf(month.atDay(1))))
                .param("to", Timestamp.from(Oslo.startOf(month.plusMonths(1).atDay(1))))
                .query((rs, row) -> {
                    String classification = rs.getString("classification");
                    return new SubscriptionOverview.Purchase(rs.getString("cdr_id"), rs.getInt("piece"),
                            rs.getTimestamp("start_time").toInstant(), rs.getString("description"), rs.getString("provider"),
                            Gross.of(rs.getBigDecimal("amount"), rs.getInt("vat_rate")),
                            classification == null ? null : Classification.valueOf(classification));
                })
                .list();
    }

    boolean hasResult(long companyId, long employeeId, YearMonth month) {
        return jdbc.sql("select exists (select 1 from costsharing_result where company_id = :companyId and employee_id = :employeeId "
                        + "and month = :month)")
                .param("companyId", companyId).param("employeeId", employeeId).param("month", month.atDay(1))
                .query(Boolean.class).single();
    }
}
