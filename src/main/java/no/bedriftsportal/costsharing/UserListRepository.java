package no.bedriftsportal.costsharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.costsharing.SubscriptionChoice.Choice;
import no.bedriftsportal.shared.AccessScope;

/**
 * The user list in one query (#14.2): every subscription in the scope not terminated by the day, with
 * its employee, customer number, current choice and profile name, agreement and Datakontroll, as
 * filtered; by employee name and number, at most {@code limit} rows.
 */
@Repository
class UserListRepository {

    static final String SELECT = """
            select s.subscription_id, s.msisdn, s.employee_id, e.name as employee_name, e.employee_number, e.pay_type,
                   ca.number as customer_number, ca.name as account_name, coalesce(a.choice, 'NEW') as choice, a.profile_id,
                   pv.name as profile_name, ag.employee_id is not null as agreement, coalesce(dc.data_control, false) as data_control
            from subscription s
            join customer_account ca on ca.company_id = s.company_id and ca.customer_account_id = s.customer_account_id
            left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
            left join lateral (select a.choice, a.profile_id from costsharing_assignment a
                               where a.company_id = s.company_id and a.subscription_id = s.subscription_id
                               order by a.assigned_at desc limit 1) a on true
            left join lateral (select v.name from costsharing_profile_version v
                               where v.company_id = s.company_id and v.profile_id = a.profile_id
                               order by v.version desc limit 1) pv on true
            left join salary_deduction_agreement ag on ag.company_id = s.company_id and ag.employee_id = s.employee_id
            left join lateral (select c.data_control from subscription_change c
                               where c.company_id = s.company_id and c.subscription_id = s.subscription_id
                                 and c.kind = 'DATA_CONTROL' and c.effective_from <= :day
                               order by c.effective_from desc, c.recorded_at desc limit 1) dc on true
            where s.company_id = :companyId
              and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
              and (s.terminated_on is null or s.terminated_on > :day)
            """;

    private final JdbcClient jdbc;

    UserListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserListRow> list(AccessScope scope, UserListFilter filter, LocalDate day, int limit) {
        return list(scope, filter, day, null, limit);
    }

    /**
     * As {@link #list(AccessScope, UserListFilter, LocalDate, int)}; with {@code afterId} (the company API's
     * pages) by subscription id after it instead of by name.
     */
    List<UserListRow> list(AccessScope scope, UserListFilter filter, LocalDate day, Long afterId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        if (afterId != null) {
            sql.append(" and s.subscription_id > :afterId");
        }
        if (filter.customerNumber() != null) {
            sql.append(" and ca.number = :customerNumber");
        }
        if (filter.choice() != null) {
            sql.append(" and coalesce(a.choice, 'NEW') = :choice");
        }
        if (filter.profileId() != null) {
            sql.append(" and a.profile_id = :profileId");
        }
        if (UserListFilter.DEFAULT_PAY_TYPE.equals(filter.payType())) {
            sql.append(" and e.employee_id is not null and e.pay_type is null");
        } else if (filter.payType() != null) {
            sql.append(" and e.pay_type = :payType");
        }
        if (filter.withoutEmployeeNumber()) {
            sql.append(" and e.employee_number is null");
        }
        sql.append(afterId != null ? " order by s.subscription_id limit :limit"
                : " order by e.name nulls last, s.msisdn, s.subscription_id limit :limit");
        var statement = jdbc.sql(sql.toString())
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter()).param("day", day)
                .param("limit", limit);
        if (afterId != null) {
            statement = statement.param("afterId", afterId);
        }
        if (filter.customerNumber() != null) {
            statement = statement.param("customerNumber", filter.customerNumber());
        }
        if (filter.choice() != null) {
            statement = statement.param("choice", filter.choice().name());
        }
        if (filter.profileId() != null) {
            statement = statement.param("profileId", filter.profileId());
        }
        if (filter.payType() != null && !UserListFilter.DEFAULT_PAY_TYPE.equals(filter.payType())) {
            statement = statement.param("payType", filter.payType());
        }
        return statement.query(UserListRepository::row).list();
    }

    /** The pay types the company's employees have, for the filter. */
    List<String> payTypes(long companyId) {
        return jdbc.sql("select distinct pay_type from employee where company_id = :companyId and pay_type is not null order by 1")
                .param("companyId", companyId).query(String.class).list();
    }

    static UserListRow row(ResultSet rs, int row) throws SQLException {
        long employeeId = rs.getLong("employee_id");
        Long employee = rs.wasNull() ? null : employeeId;
        long profileId = rs.getLong("profile_id");
        Long profile = rs.wasNull() ? null : profileId;
        return new UserListRow(rs.getLong("subscription_id"), rs.getString("msisdn"), employee, rs.getString("employee_name"),
                rs.getString("employee_number"), rs.getString("pay_type"), rs.getString("customer_number"),
                rs.getString("account_name"), Choice.valueOf(rs.getString("choice")), profile, rs.getString("profile_name"),
                rs.getBoolean("agreement"), rs.getBoolean("data_control"));
    }
}
