package no.bedriftsportal.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The words of a report in the reader's language: titles, column headers, coded values (a payer,
 * a status) and the heading every file and e-mail carries. The files are written with these, so a
 * PDF, a CSV and the web page say the same.
 */
@Component
public class ReportLabels {

    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportLabels(MessageSource messages, JdbcClient jdbc, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    public String title(ReportKind kind, Locale locale) {
        return t("reports.kind." + kind.code() + ".title", locale);
    }

    public String header(ReportColumn column, Locale locale) {
        return t(column.labelKey(), locale);
    }

    /** A cell as the reader sees it: a coded value in words; everything else as it is. */
    public Object cell(ReportColumn column, Object value, Locale locale) {
        if (column.valuesKey() != null && value instanceof String code) {
            return t(column.valuesKey() + code, locale);
        }
        return value;
    }

    /** The heading of a report for a reader with {@code scope}, made now; the filter names only granted customer numbers. */
    public ReportHeading heading(AccessScope scope, Report report, Locale locale) {
        long companyId = scope.companyId();
        String company = jdbc.sql("select name from company where company_id = :company").param("company", companyId)
                .query(String.class).single();
        List<String> lines = new ArrayList<>();
        lines.add(period(report, locale));
        if (!report.period().invoices().isEmpty()) {
            lines.add(t("reports.heading.invoices", locale, report.period().invoices().stream()
                    .map(invoice -> Long.toString(invoice.number())).collect(Collectors.joining(", "))));
        }
        lines.add(t("reports.heading.level", locale, t("reports.level." + report.request().level().code(), locale)));
        String filter = filter(scope, report.request().filter(), locale);
        if (!filter.isEmpty()) {
            lines.add(t("reports.heading.filter", locale, filter));
        }
        Instant now = clock.instant();
        lines.add(t("reports.heading.made", locale, NorwegianFormat.dateTime(now)));
        String fileName = (title(report.kind(), locale) + " " + report.period().from() + " " + report.period().to())
                .replaceAll("[^\\p{L}\\p{N}.-]+", "-");
        return new ReportHeading(title(report.kind(), locale), t("reports.kind." + report.kind().code() + ".description", locale),
                company, List.copyOf(lines), fileName);
    }

    private String period(Report report, Locale locale) {
        ResolvedPeriod period = report.period();
        String days = NorwegianFormat.date(period.from()) + "–" + NorwegianFormat.date(period.to());
        if (!report.kind().hasPeriod()) {
            return t("reports.heading.running", locale, days);
        }
        return t("reports.heading.period." + (period.invoicePeriod() ? "invoice" : "time"), locale,
                t("reports.period." + period.preset().code(), locale), days);
    }

    private String filter(AccessScope scope, ReportFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!filter.customerAccounts().isEmpty()) {
            Map<Long, String> names = jdbc.sql("""
                    select customer_account_id, number || ' ' || name from customer_account
                    where company_id = :company
                      and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))""")
                    .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                    .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            parts.add(t("reports.filter.accounts", locale) + ": " + filter.customerAccounts().stream().sorted()
                    .map(names::get).filter(java.util.Objects::nonNull).collect(Collectors.joining(", ")));
        }
        if (filter.productGroup() != null) {
            parts.add(t("reports.filter.productGroup", locale) + ": " + t("reports.productGroup." + filter.productGroup(), locale));
        }
        if (filter.user() != null) {
            parts.add(t("reports.filter.user", locale) + ": " + filter.user());
        }
        if (filter.sim() != null) {
            parts.add(t("reports.filter.sim", locale) + ": " + filter.sim());
        }
        return String.join("; ", parts);
    }
}
