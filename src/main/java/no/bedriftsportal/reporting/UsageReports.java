package no.bedriftsportal.reporting;

import static no.bedriftsportal.reporting.ReportColumn.DEPARTMENT;
import static no.bedriftsportal.reporting.ReportColumn.NUMBER;
import static no.bedriftsportal.reporting.ReportColumn.PRODUCT;
import static no.bedriftsportal.reporting.ReportColumn.USER_NAME;
import static no.bedriftsportal.reporting.ReportColumn.duration;
import static no.bedriftsportal.reporting.ReportColumn.integer;
import static no.bedriftsportal.reporting.ReportColumn.megabytes;
import static no.bedriftsportal.reporting.ReportColumn.money;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.bedriftsportal.reporting.ReportColumn.Role;
import no.bedriftsportal.shared.excel.ExcelColumn;

/**
 * What the subscriptions were used for, in days (R1): minutes, messages and MB per user; use
 * abroad (and to foreign numbers) per country; data against the package, with extra packages bought
 * by anyone. Read from the rollups: per subscription and month, per day for part of a month, and the
 * days abroad from their own index.
 */
@Component
class UsageReports implements ReportDefinition {

    private static final String ACTIVE_OR_USED = """
            where u.subscription_id is not null
               or (s.active_from <= :to and (s.terminated_on is null or s.terminated_on > :from))
            """;

    @Override
    public Set<ReportKind> kinds() {
        return Set.of(ReportKind.USAGE_PER_USER, ReportKind.USAGE_ABROAD, ReportKind.DATA_USAGE);
    }

    @Override
    public List<ReportColumn> columns(ReportKind kind, ResolvedPeriod period) {
        return switch (kind) {
            case USAGE_PER_USER -> List.of(NUMBER, USER_NAME, DEPARTMENT, PRODUCT, duration("calls_made"),
                    duration("calls_received"), integer("messages_sent"), integer("messages_received"), megabytes("data_mb"),
                    money("usage_amount"), ReportColumn.SIM);
            case USAGE_ABROAD -> List.of(ReportColumn.text("country", Role.GROUP, 18), NUMBER, USER_NAME, DEPARTMENT,
                    duration("calls_made"), integer("messages_sent"), megabytes("data_mb"), money("usage_amount"));
            case DATA_USAGE -> List.of(NUMBER, USER_NAME, DEPARTMENT, PRODUCT,
                    new ReportColumn("package_gb", ExcelColumn.Kind.DECIMAL, Role.USER, 10), megabytes("data_mb"),
                    megabytes("package_mb"), megabytes("extra_package_mb"), megabytes("outside_package_mb"),
                    megabytes("blocked_mb"), integer("extra_packages_bought"), money("extra_packages_price"), ReportColumn.SIM);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    @Override
    public String select(ReportKind kind, ResolvedPeriod period) {
        return switch (kind) {
            case USAGE_PER_USER -> """
                    select s.subscription_id, s.number, s.user_name, s.department, s.product,
                           coalesce(u.voice_seconds, 0) as calls_made, coalesce(u.voice_seconds_received, 0) as calls_received,
                           coalesce(u.messages_sent, 0) as messages_sent, coalesce(u.messages_received, 0) as messages_received,
                           round(coalesce(u.data_bytes, 0) / 1000000.0, 1) as data_mb, coalesce(u.amount, 0) as usage_amount,
                           coalesce(s.iccid, '') as sim
                    from subs s
                    left join usage u on u.subscription_id = s.subscription_id
                    """ + ACTIVE_OR_USED;
            case USAGE_ABROAD -> """
                    select d.subscription_id, case when :english then c.name_en else c.name_nb end as country,
                           s.number, s.user_name, s.department,
                           coalesce(sum(d.seconds) filter (where d.type = 'VOICE'), 0) as calls_made,
                           coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS')), 0) as messages_sent,
                           round(sum(d.bytes) / 1000000.0, 1) as data_mb, sum(d.amount) as usage_amount
                    from usage_daily d
                    join subs s on s.subscription_id = d.subscription_id
                    join country c on c.iso2 = d.country
                    where d.company_id = :company and d.country <> 'NO' and d.day between :from and :to
                    group by d.subscription_id, c.name_en, c.name_nb, s.number, s.user_name, s.department
                    """;
            case DATA_USAGE -> """
                    select s.subscription_id, s.number, s.user_name, s.department, s.product,
                           round(s.data_package_mb / 1000.0, 1) as package_gb,
                           round(coalesce(u.data_bytes, 0) / 1000000.0, 1) as data_mb,
                           round(coalesce(u.bytes_package, 0) / 1000000.0, 1) as package_mb,
                           round(coalesce(u.bytes_extra_package, 0) / 1000000.0, 1) as extra_package_mb,
                           round(coalesce(u.bytes_outside_package, 0) / 1000000.0, 1) as outside_package_mb,
                           round(coalesce(u.bytes_blocked, 0) / 1000000.0, 1) as blocked_mb,
                           coalesce(p.packages, 0) as extra_packages_bought, coalesce(p.price, 0) as extra_packages_price,
                           coalesce(s.iccid, '') as sim
                    from subs s
                    left join usage u on u.subscription_id = s.subscription_id
                    left join (
                        select x.subscription_id, count(*) as packages, sum(x.price) as price
                        from subs s2
                        join extra_package_purchase x on x.company_id = :company and x.subscription_id = s2.subscription_id
                        where x.bought_at >= :fromTs and x.bought_at < :toTs
                        group by x.subscription_id) p on p.subscription_id = s.subscription_id
                    """ + ACTIVE_OR_USED + " or p.subscription_id is not null";
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    @Override
    public String order(ReportKind kind) {
        return kind == ReportKind.USAGE_ABROAD ? "country, department, user_name, number" : ReportDefinition.super.order(kind);
    }
}
