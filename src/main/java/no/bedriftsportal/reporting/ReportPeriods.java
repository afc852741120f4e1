package no.bedriftsportal.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;

/**
 * Makes a report's period concrete (R3) against the clock and the invoices the user may see: a
 * relative preset becomes days, invoice numbers become invoices of a granted customer number
 * (an unknown or foreign number is refused by name, never read).
 */
@Component
class ReportPeriods {

    private static final String INVOICE_COLUMNS = """
            select i.invoice_id, i.number, i.type, a.number as customer_number, i.issue_date, i.period_start, i.period_end,
                   i.amount_excl_vat, i.vat, i.total
            from invoice i
            join customer_account a on a.company_id = i.company_id and a.customer_account_id = i.customer_account_id
            where i.company_id = :company and (cast(:accounts as bigint[]) is null or i.customer_account_id = any(:accounts))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportPeriods(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ResolvedPeriod resolve(AccessScope scope, ReportKind kind, ReportPeriod period) {
        LocalDate today = Oslo.today(clock);
        if (!kind.hasPeriod()) {
            // running: this month so far, and what the latest invoices billed
            LocalDate[] days = PeriodPreset.THIS_MONTH.days(today);
            return new ResolvedPeriod(PeriodPreset.THIS_MONTH, days[0], days[1], latestInvoices(scope));
        }
        return switch (period.preset()) {
            case TIME -> new ResolvedPeriod(PeriodPreset.TIME, period.from(), period.to(), List.of());
            case INVOICE -> invoicePeriod(PeriodPreset.INVOICE, chosen(scope, period.invoices()), today);
            case LAST_INVOICES -> invoicePeriod(PeriodPreset.LAST_INVOICES, latestInvoices(scope), today);
            default -> {
                LocalDate[] days = period.preset().days(today);
                yield new ResolvedPeriod(period.preset(), days[0], days[1], List.of());
            }
        };
    }

    /** The invoices a user may pick, newest first: those of the last 37 months. */
    List<CoveredInvoice> choosable(AccessScope scope) {
        return jdbc.sql(INVOICE_COLUMNS + " and i.issue_date >= :since order by i.issue_date desc, i.number desc")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("since", Oslo.today(clock).minusMonths(37))
                .query(ReportPeriods::invoice).list();
    }

    private static ResolvedPeriod invoicePeriod(PeriodPreset preset, List<CoveredInvoice> invoices, LocalDate today) {
        LocalDate from = invoices.stream().map(CoveredInvoice::periodStart).min(Comparator.naturalOrder()).orElse(today);
        LocalDate to = invoices.stream().map(CoveredInvoice::periodEnd).max(Comparator.naturalOrder()).orElse(today);
        return new ResolvedPeriod(preset, from, to, invoices);
    }

    private List<CoveredInvoice> chosen(AccessScope scope, List<Long> numbers) {
        List<CoveredInvoice> found = jdbc.sql(INVOICE_COLUMNS + " and i.number = any(:numbers) order by i.number")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("numbers", SqlArrays.bigints(numbers))
                .query(ReportPeriods::invoice).list();
        if (found.size() != numbers.stream().distinct().count()) {
            List<Long> known = found.stream().map(CoveredInvoice::number).toList();
            long unknown = numbers.stream().filter(number -> !known.contains(number)).findFirst().orElseThrow();
            throw new InvalidInputException("invoice", "reports.error.unknownInvoice", "No invoice " + unknown, unknown);
        }
        return found;
    }

    /** The invoices of the newest invoice run that billed a granted customer number; none before the first run. */
    private List<CoveredInvoice> latestInvoices(AccessScope scope) {
        return jdbc.sql(INVOICE_COLUMNS + """
                 and i.invoice_run_id = (
                    select l.invoice_run_id from invoice l
                    where l.company_id = :company and l.invoice_run_id is not null
                      and (cast(:accounts as bigint[]) is null or l.customer_account_id = any(:accounts))
                    order by l.issue_date desc, l.invoice_id desc limit 1)
                order by i.number""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .query(ReportPeriods::invoice).list();
    }

    private static CoveredInvoice invoice(ResultSet rs, int row) throws SQLException {
        return new CoveredInvoice(rs.getLong("invoice_id"), rs.getLong("number"), rs.getString("type"),
                rs.getString("customer_number"), rs.getObject("issue_date", LocalDate.class),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getBigDecimal("amount_excl_vat"), rs.getBigDecimal("vat"), rs.getBigDecimal("total"));
    }
}
