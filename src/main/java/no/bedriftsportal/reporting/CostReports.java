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
 * What the company's subscriptions cost (R1): per user and per department, and split by traffic
 * type. For days: monthly fees from the fee ledger (or the plan, for a month not billed yet), usage
 * from the rollups, extra packages the company paid, bought in the days. For invoices: their lines
 * by kind, so the totals are the invoices' own.
 */
@Component
class CostReports implements ReportDefinition {

    /** A subscription with a cost, or active on a day of the period, has a row. */
    private static final String FROM_SUBSCRIPTIONS = """
            from subs s
            left join fees f on f.subscription_id = s.subscription_id
            left join usage u on u.subscription_id = s.subscription_id
            left join extras x on x.subscription_id = s.subscription_id
            where f.subscription_id is not null or u.subscription_id is not null or x.subscription_id is not null
               or (s.active_from <= :to and (s.terminated_on is null or s.terminated_on > :from))
            """;

    private static final String TOTAL = "coalesce(f.amount, 0) + coalesce(u.amount, 0) + coalesce(x.price, 0)";

    @Override
    public Set<ReportKind> kinds() {
        return Set.of(ReportKind.COST_PER_USER, ReportKind.COST_PER_DEPARTMENT, ReportKind.COST_BY_TRAFFIC_TYPE);
    }

    @Override
    public List<ReportColumn> columns(ReportKind kind, ResolvedPeriod period) {
        if (kind == ReportKind.COST_BY_TRAFFIC_TYPE && !period.invoicePeriod()) {
            return List.of(NUMBER, USER_NAME, DEPARTMENT, PRODUCT, money("calls"), money("messages_amount"), money("data"),
                    money("content"), money("fees"), money("extra_packages"), money("total"), money("of_which_abroad"), ReportColumn.SIM);
        }
        return List.of(NUMBER, USER_NAME, DEPARTMENT, PRODUCT, money("fees"), money("usage"), money("content"),
                money("extra_packages"), money("other"), money("total"), ReportColumn.SIM);
    }

    @Override
    public String select(ReportKind kind, ResolvedPeriod period) {
        if (period.invoicePeriod()) {
            return """
                    select l.subscription_id, l.number, l.user_name, l.department, max(l.product) as product,
                           coalesce(sum(l.amount_excl_vat) filter (where l.kind = 'SUBSCRIPTION_FEE'), 0) as fees,
                           coalesce(sum(l.amount_excl_vat) filter (where l.kind = 'USAGE'), 0) as usage,
                           coalesce(sum(l.amount_excl_vat) filter (where l.kind = 'CONTENT_SERVICE'), 0) as content,
                           coalesce(sum(l.amount_excl_vat) filter (where l.kind = 'EXTRA_PACKAGE'), 0) as extra_packages,
                           coalesce(sum(l.amount_excl_vat) filter (where l.kind = 'OTHER'), 0) as other,
                           sum(l.amount_excl_vat) as total, max(l.sim) as sim
                    from lines l
                    group by l.subscription_id, l.number, l.user_name, l.department
                    """;
        }
        if (kind == ReportKind.COST_BY_TRAFFIC_TYPE) {
            return """
                    select s.subscription_id, s.number, s.user_name, s.department, s.product,
                           coalesce(u.voice, 0) as calls, coalesce(u.messages, 0) as messages_amount, coalesce(u.data, 0) as data,
                           coalesce(u.content, 0) as content, coalesce(f.amount, 0) as fees, coalesce(x.price, 0) as extra_packages,
                           """ + TOTAL + " as total, coalesce(u.abroad, 0) as of_which_abroad, coalesce(s.iccid, '') as sim\n"
                    + FROM_SUBSCRIPTIONS;
        }
        return """
                select s.subscription_id, s.number, s.user_name, s.department, s.product,
                       coalesce(f.amount, 0) as fees, coalesce(u.amount - u.content, 0) as usage, coalesce(u.content, 0) as content,
                       coalesce(x.price, 0) as extra_packages, 0.00 as other,
                       """ + TOTAL + " as total, coalesce(s.iccid, '') as sim\n" + FROM_SUBSCRIPTIONS;
    }
}
