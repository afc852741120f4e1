package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * D2: the company's mobile costs month by month. Usage comes from the per-account monthly rollup,
 * extra packages from their purchases (those the company pays), monthly fees from the invoice runs'
 * fee lines by the month of their days (a late fee or a credit on a later invoice included) — and
 * for the month not yet invoiced, from the plans active today.
 */
@Component
class CostDevelopment {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final JdbcClient jdbc;
    private final Clock clock;

    CostDevelopment(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last {@code months} months up to and including this one, oldest first. */
    List<MonthlyCost> months(AccessScope scope, int months) {
        YearMonth current = YearMonth.from(Oslo.today(clock));
        YearMonth first = current.minusMonths(months - 1L);
        Map<YearMonth, Usage> usage = new HashMap<>();
        jdbc.sql("""
                select month,
                       coalesce(sum(amount) filter (where cost_group = 'DATA' and country = 'NO'), 0) as data_norway,
                       coalesce(sum(amount) filter (where cost_group = 'DATA' and country <> 'NO'), 0) as data_abroad,
                       coalesce(sum(amount) filter (where cost_group = 'TRAFFIC' and type = 'VOICE'), 0) as calls,
                       coalesce(sum(amount) filter (where cost_group = 'TRAFFIC' and type <> 'VOICE'), 0) as messages,
                       coalesce(sum(amount) filter (where cost_group = 'TRAFFIC' and category <> 'abroad'), 0) as traffic_domestic,
                       coalesce(sum(amount) filter (where cost_group = 'TRAFFIC' and category = 'abroad'), 0) as traffic_abroad,
                       coalesce(sum(amount) filter (where cost_group = 'OTHER'), 0) as content
                from usage_account_monthly
                where company_id = :company and month >= :from
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                group by 1""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", first.atDay(1))
                .query(rs -> {
                    usage.put(YearMonth.from(rs.getObject("month", LocalDate.class)), usage(rs));
                });
        Map<YearMonth, BigDecimal> extraPackages = byMonth("""
                select p.month, sum(p.price) from extra_package_purchase p
                join subscription s on s.company_id = p.company_id and s.subscription_id = p.subscription_id
                where p.company_id = :company and p.month >= :from and p.payer <> 'VIPPS'
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                group by 1""", scope, first);
        // by the month of the fee's days: a late fee or a credit on a later invoice counts in the month it is for
        Map<YearMonth, BigDecimal> invoicedFees = byMonth("""
                select date_trunc('month', l.period_start)::date,
                       sum(case when i.type = 'CREDIT_NOTE' then -l.amount_excl_vat else l.amount_excl_vat end)
                from invoice i join invoice_line l on l.company_id = i.company_id and l.invoice_id = i.invoice_id
                where i.company_id = :company and i.invoice_run_id is not null and l.period_start >= :from
                  and l.kind = 'SUBSCRIPTION_FEE'
                  and (cast(:accounts as bigint[]) is null or i.customer_account_id = any(:accounts))
                group by 1""", scope, first);
        List<MonthlyCost> result = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            Usage used = usage.getOrDefault(month, Usage.NONE);
            boolean estimated = !invoicedFees.containsKey(month) && !month.isBefore(current.minusMonths(1));
            BigDecimal fees = invoicedFees.getOrDefault(month, estimated ? activeFees(scope) : ZERO);
            result.add(new MonthlyCost(month, used.dataNorway(), used.dataAbroad(), extraPackages.getOrDefault(month, ZERO),
                    used.calls(), used.messages(), used.trafficDomestic(), used.trafficAbroad(), fees, used.content(), estimated));
        }
        return result;
    }

    /** A month's fees as the plans active today would make them. */
    private BigDecimal activeFees(AccessScope scope) {
        return jdbc.sql("""
                select coalesce(sum(p.monthly_fee), 0)
                from subscription s
                cross join lateral (select c.plan_code from subscription_change c
                                    where c.company_id = s.company_id and c.subscription_id = s.subscription_id
                                      and c.kind = 'PLAN' and c.effective_from <= :today
                                    order by c.effective_from desc limit 1) plan
                join price_plan p on p.code = plan.plan_code
                where s.company_id = :company and s.active_from <= :today and (s.terminated_on is null or s.terminated_on > :today)
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("today", Oslo.today(clock))
                .query(BigDecimal.class).single();
    }

    private Map<YearMonth, BigDecimal> byMonth(String sql, AccessScope scope, YearMonth first) {
        Map<YearMonth, BigDecimal> byMonth = new HashMap<>();
        jdbc.sql(sql).param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", first.atDay(1))
                .query(rs -> {
                    byMonth.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getBigDecimal(2));
                });
        return byMonth;
    }

    private static Usage usage(ResultSet rs) throws SQLException {
        return new Usage(rs.getBigDecimal("data_norway"), rs.getBigDecimal("data_abroad"), rs.getBigDecimal("calls"),
                rs.getBigDecimal("messages"), rs.getBigDecimal("traffic_domestic"), rs.getBigDecimal("traffic_abroad"),
                rs.getBigDecimal("content"));
    }

    private record Usage(BigDecimal dataNorway, BigDecimal dataAbroad, BigDecimal calls, BigDecimal messages,
            BigDecimal trafficDomestic, BigDecimal trafficAbroad, BigDecimal content) {
        static final Usage NONE = new Usage(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
    }
}
