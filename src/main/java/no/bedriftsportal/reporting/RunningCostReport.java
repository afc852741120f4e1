package no.bedriftsportal.reporting;

import static no.bedriftsportal.reporting.ReportColumn.DEPARTMENT;
import static no.bedriftsportal.reporting.ReportColumn.NUMBER;
import static no.bedriftsportal.reporting.ReportColumn.PRODUCT;
import static no.bedriftsportal.reporting.ReportColumn.USER_NAME;
import static no.bedriftsportal.reporting.ReportColumn.money;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Running cost (SPEC "Reports", group running): per subscription what the latest invoices billed
 * (their lines, excluding VAT) and what this month has cost so far and is not billed yet (the
 * month's fee for its days so far, usage from the rollups, extra packages the company paid).
 */
@Component
class RunningCostReport implements ReportDefinition {

    @Override
    public Set<ReportKind> kinds() {
        return Set.of(ReportKind.RUNNING_COST);
    }

    @Override
    public List<ReportColumn> columns(ReportKind kind, ResolvedPeriod period) {
        return List.of(NUMBER, USER_NAME, DEPARTMENT, PRODUCT, money("billed"), money("unbilled"), money("total"), ReportColumn.SIM);
    }

    @Override
    public String select(ReportKind kind, ResolvedPeriod period) {
        return """
                select s.subscription_id, s.number, s.user_name, s.department, s.product,
                       coalesce(b.billed, 0) as billed,
                       coalesce(f.amount, 0) + coalesce(u.amount, 0) + coalesce(x.price, 0) as unbilled,
                       coalesce(b.billed, 0) + coalesce(f.amount, 0) + coalesce(u.amount, 0) + coalesce(x.price, 0) as total,
                       coalesce(s.iccid, '') as sim
                from subs s
                left join (select l.subscription_id, sum(l.amount_excl_vat) as billed from lines l group by l.subscription_id) b
                       on b.subscription_id = s.subscription_id
                left join fees f on f.subscription_id = s.subscription_id
                left join usage u on u.subscription_id = s.subscription_id
                left join extras x on x.subscription_id = s.subscription_id
                where b.subscription_id is not null or f.subscription_id is not null or u.subscription_id is not null
                   or x.subscription_id is not null
                   or (s.active_from <= :to and (s.terminated_on is null or s.terminated_on > :from))
                """;
    }
}
