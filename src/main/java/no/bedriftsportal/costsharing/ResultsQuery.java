package no.bedriftsportal.costsharing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;

/**
 * Reads the stored results for the pages and the API, within the user's scope: an employee is
 * seen when the user may see the company's every customer number, or one of the employee's
 * subscriptions is under a granted one.
 */
@Repository
class ResultsQuery {

    private static final String IN_SCOPE = """
            (cast(:accounts as bigint[]) is null or exists (
                select 1 from subscription s where s.company_id = e.company_id and s.employee_id = e.employee_id
                  and s.customer_account_id = any(:accounts)))""";

    private final JdbcClient jdbc;

    ResultsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The months with results, the latest first. */
    List<YearMonth> months(AccessScope scope) {
        return jdbc.sql("select distinct month from costsharing_result e where e.company_id = :companyId and " + IN_SCOPE
                + " order by month desc")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .query(LocalDate.class).list().stream().map(YearMonth::from).toList();
    }

    /** The month's results, by employee name. */
    List<Results.EmployeeRow> employees(AccessScope scope, YearMonth month) {
        return jdbc.sql("""
                select e.employee_id, e.name, e.employee_number, e.pay_type, r.status, r.deduction, r.benefit, r.not_deducted,
                       r.agreement_signed_on
                from costsharing_result r join employee e using (company_id, employee_id)
                where r.company_id = :companyId and r.month = :month and """ + IN_SCOPE + """

                order by e.name, e.employee_id""")
                .param("companyId", scope.companyId()).param("month", month.atDay(1))
                .param("accounts", scope.customerAccountsParameter())
                .query((rs, n) -> new Results.EmployeeRow(rs.getLong("employee_id"), rs.getString("name"), rs.getString("employee_number"),
                        rs.getString("pay_type"), rs.getString("status"), rs.getBigDecimal("deduction"), rs.getBigDecimal("benefit"),
                        rs.getBigDecimal("not_deducted"), rs.getObject("agreement_signed_on", LocalDate.class)))
                .list();
    }

    /** The employee as the list shows them, with no result when the month has none: empty when not in scope. */
    Optional<Results.EmployeeRow> employee(AccessScope scope, YearMonth month, long employeeId) {
        return jdbc.sql("""
                select e.employee_id, e.name, e.employee_number, e.pay_type, r.status, r.deduction, r.benefit, r.not_deducted,
                       r.agreement_signed_on
                from employee e
                left join costsharing_result r on r.company_id = e.company_id and r.employee_id = e.employee_id
                                               and r.month = :month
                where e.company_id = :companyId and e.employee_id = :employeeId and """ + IN_SCOPE)
                .param("companyId", scope.companyId()).param("month", month.atDay(1)).param("employeeId", employeeId)
                .param("accounts", scope.customerAccountsParameter())
                .query((rs, n) -> new Results.EmployeeRow(rs.getLong("employee_id"), rs.getString("name"), rs.getString("employee_number"),
                        rs.getString("pay_type"), rs.getString("status"), rs.getBigDecimal("deduction"), rs.getBigDecimal("benefit"),
                        rs.getBigDecimal("not_deducted"), rs.getObject("agreement_signed_on", LocalDate.class)))
                .optional();
    }

    /** The lines of the month's results of these employees (one when given), with their events. */
    Map<Long, List<Results.LineView>> lines(long companyId, YearMonth month, Long employeeId) {
        Map<String, List<Results.EventView>> events = new HashMap<>();
        jdbc.sql("""
                select employee_id, line_number, cdr_id, piece, start_time, description, gross from costsharing_result_event
                where company_id = :companyId and month = :month
                  and (cast(:employeeId as bigint) is null or employee_id = :employeeId)
                order by start_time, cdr_id, piece""")
                .param("companyId", companyId).param("month", month.atDay(1)).param("employeeId", employeeId)
                .query(rs -> {
                    events.computeIfAbsent(rs.getLong("employee_id") + "/" + rs.getInt("line_number"), k -> new ArrayList<>())
                            .add(new Results.EventView(rs.getString("cdr_id"), rs.getInt("piece"),
                                    rs.getTimestamp("start_time").toInstant(), rs.getString("description"), rs.getBigDecimal("gross")));
                });
        Map<Long, List<Results.LineView>> lines = new HashMap<>();
        jdbc.sql("""
                select l.employee_id, l.line_number, l.kind, l.treatment, l.subscription_id, s.msisdn, l.masked_msisdn, l.profile_id,
                       l.profile_version, l.profile_name, l.rule, l.amount, l.corrects_month
                from costsharing_result_line l
                left join subscription s on s.company_id = l.company_id and s.subscription_id = l.subscription_id
                where l.company_id = :companyId and l.month = :month
                  and (cast(:employeeId as bigint) is null or l.employee_id = :employeeId)
                order by l.employee_id, l.line_number""")
                .param("companyId", companyId).param("month", month.atDay(1)).param("employeeId", employeeId)
                .query(rs -> {
                    long employee = rs.getLong("employee_id");
                    int number = rs.getInt("line_number");
                    long subscription = rs.getLong("subscription_id");
                    Long subscriptionId = rs.wasNull() ? null : subscription;
                    long profile = rs.getLong("profile_id");
                    Long profileId = rs.wasNull() ? null : profile;
                    int version = rs.getInt("profile_version");
                    Integer profileVersion = rs.wasNull() ? null : version;
                    LocalDate corrects = rs.getObject("corrects_month", LocalDate.class);
                    lines.computeIfAbsent(employee, k -> new ArrayList<>()).add(new Results.LineView(number,
                            ResultLine.Kind.valueOf(rs.getString("kind")), ResultLine.Treatment.valueOf(rs.getString("treatment")),
                            subscriptionId, rs.getString("msisdn"), rs.getString("masked_msisdn"), profileId, profileVersion,
                            rs.getString("profile_name"), rs.getString("rule"), rs.getBigDecimal("amount"),
                            corrects == null ? null : YearMonth.from(corrects),
                            events.getOrDefault(employee + "/" + number, List.of())));
                });
        return lines;
    }
}
