package no.bedriftsportal.reporting;

import static no.bedriftsportal.reporting.ReportColumn.DEPARTMENT;
import static no.bedriftsportal.reporting.ReportColumn.NUMBER;
import static no.bedriftsportal.reporting.ReportColumn.PRODUCT;
import static no.bedriftsportal.reporting.ReportColumn.USER_NAME;
import static no.bedriftsportal.reporting.ReportColumn.integer;
import static no.bedriftsportal.reporting.ReportColumn.money;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.bedriftsportal.reporting.ReportColumn.Role;
import no.bedriftsportal.shared.excel.ExcelColumn;

/**
 * The reports that list things rather than sum costs (R1): extra packages bought, content services
 * by provider, the invoices' lines, the subscriptions, and what each employee pays (invoice control).
 */
@Component
class ListReports implements ReportDefinition {

    @Override
    public Set<ReportKind> kinds() {
        return Set.of(ReportKind.EXTRA_PACKAGES, ReportKind.CONTENT_SERVICES, ReportKind.INVOICE_SPECIFICATION,
                ReportKind.SUBSCRIPTIONS, ReportKind.COST_SHARING);
    }

    @Override
    public List<ReportColumn> columns(ReportKind kind, ResolvedPeriod period) {
        return switch (kind) {
            case EXTRA_PACKAGES -> List.of(new ReportColumn("bought_at", ExcelColumn.Kind.DATE_TIME, Role.USER, 17), NUMBER,
                    USER_NAME, DEPARTMENT, ReportColumn.text("package", Role.GROUP, 22),
                    ReportColumn.coded("payer", Role.GROUP, 12, "reports.payer."),
                    ReportColumn.coded("source", Role.USER, 12, "reports.source."), integer("packages"), money("price"));
            case CONTENT_SERVICES -> List.of(ReportColumn.text("provider", Role.GROUP, 28), NUMBER, USER_NAME, DEPARTMENT,
                    integer("purchases"), money("content_amount"));
            case INVOICE_SPECIFICATION -> List.of(ReportColumn.text("invoice", Role.USER, 10), NUMBER, USER_NAME, DEPARTMENT,
                    ReportColumn.coded("line_kind", Role.GROUP, 16, "reports.lineKind."),
                    ReportColumn.text("description", Role.USER, 36), ReportColumn.text("line_period", Role.USER, 23),
                    new ReportColumn("quantity", ExcelColumn.Kind.DECIMAL, Role.USER, 10),
                    ReportColumn.text("unit", Role.USER, 6),
                    new ReportColumn("vat_rate", ExcelColumn.Kind.PERCENT, Role.USER, 8), money("amount"));
            case SUBSCRIPTIONS -> List.of(NUMBER, USER_NAME, DEPARTMENT, PRODUCT,
                    ReportColumn.text("product_group", Role.GROUP, 18),
                    ReportColumn.coded("status", Role.GROUP, 12, "reports.status."), ReportColumn.date("active_from", Role.USER),
                    ReportColumn.date("terminated_on", Role.USER), ReportColumn.text("sim", Role.USER, 22));
            case COST_SHARING -> List.of(ReportColumn.text("month", Role.GROUP, 9), USER_NAME, NUMBER, DEPARTMENT,
                    ReportColumn.coded("result_status", Role.USER, 12, "reports.resultStatus."), money("deduction"),
                    money("benefit"), money("not_deducted"));
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    @Override
    public String select(ReportKind kind, ResolvedPeriod period) {
        return switch (kind) {
            case EXTRA_PACKAGES -> """
                    select s.subscription_id, x.bought_at, s.number, s.user_name, s.department, p.name as package,
                           x.payer, x.source, 1 as packages, x.price
                    from subs s
                    join extra_package_purchase x on x.company_id = :company and x.subscription_id = s.subscription_id
                    join extra_package p on p.code = x.code
                    where x.bought_at >= :fromTs and x.bought_at < :toTs
                    """;
            case CONTENT_SERVICES -> period.invoicePeriod() ? """
                    select l.subscription_id, l.description as provider, l.number, l.user_name, l.department,
                           round(sum(l.quantity))::bigint as purchases, sum(l.amount_excl_vat) as content_amount
                    from lines l
                    where l.kind = 'CONTENT_SERVICE'
                    group by l.subscription_id, l.description, l.number, l.user_name, l.department
                    """ : """
                    select s.subscription_id, c.provider, s.number, s.user_name, s.department,
                           sum(c.events) as purchases, sum(c.amount) as content_amount
                    from subs s
                    join usage_charge c on c.company_id = :company and c.subscription_id = s.subscription_id
                    where c.charge_kind = 'CONTENT' and c.month between :monthFrom and :monthTo
                    group by s.subscription_id, c.provider, s.number, s.user_name, s.department
                    """;
            case INVOICE_SPECIFICATION -> """
                    select l.subscription_id, l.invoice_number::text as invoice, l.line_number, l.number, l.user_name,
                           l.department, l.kind as line_kind, l.description,
                           to_char(l.period_start, 'DD.MM.YYYY') || '–' || to_char(l.period_end, 'DD.MM.YYYY') as line_period,
                           l.quantity, l.unit, l.vat_rate, l.amount_excl_vat as amount
                    from lines l
                    """;
            case SUBSCRIPTIONS -> """
                    select s.subscription_id, s.number, s.user_name, s.department, s.product,
                           coalesce(case when :english then g.name_en else g.name_nb end, '') as product_group,
                           case when s.active_from > :to then 'FUTURE'
                                when s.terminated_on is not null and s.terminated_on <= :to then 'TERMINATED'
                                else 'ACTIVE' end as status,
                           s.active_from, s.terminated_on, coalesce(s.iccid, '') as sim
                    from subs s
                    left join product_group g on g.code = s.product_group
                    where s.active_from <= :to and (s.terminated_on is null or s.terminated_on > :from)
                    """;
            case COST_SHARING -> """
                    select s.subscription_id, to_char(r.month, 'MM.YYYY') as month, r.month as month_start, e.name as user_name,
                           s.number, s.department, r.status as result_status, r.deduction, r.benefit, r.not_deducted
                    from costsharing_result r
                    join employee e on e.company_id = r.company_id and e.employee_id = r.employee_id
                    join lateral (select * from subs s where s.employee_id = r.employee_id order by s.subscription_id limit 1) s
                         on true
                    where r.company_id = :company and r.month between :monthFrom and :monthTo
                    """;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    @Override
    public String order(ReportKind kind) {
        return switch (kind) {
            case EXTRA_PACKAGES -> "bought_at, number";
            case CONTENT_SERVICES -> "provider, department, user_name";
            case INVOICE_SPECIFICATION -> "invoice, number, line_number";
            case COST_SHARING -> "month_start, user_name";
            default -> ReportDefinition.super.order(kind);
        };
    }
}
