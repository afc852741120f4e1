package no.bedriftsportal.costsharing;

import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;

/**
 * What {@link EmployeeOverview} reads of one subscription: whether it is in the scope (company and
 * granted customer numbers) with its employee, and whether its employee has a result for a month.
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

    boolean hasResult(long companyId, long employeeId, YearMonth month) {
        return jdbc.sql("select exists (select 1 from costsharing_result where company_id = :companyId and employee_id = :employeeId "
                        + "and month = :month)")
                .param("companyId", companyId).param("employeeId", employeeId).param("month", month.atDay(1))
                .query(Boolean.class).single();
    }
}
