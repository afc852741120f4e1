package no.bedriftsportal.reporting;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * The reporting module's API (R1–R4): the catalogue, a page of a report for the web and the API,
 * and every row of a report streamed to a file. Each read is scoped to the caller's company and
 * granted customer numbers.
 */
@Service
public class Reports {

    /** A file holds at most this many rows: Excel's own limit is 1,048,576. */
    public static final int FILE_ROW_LIMIT = 1_000_000;
    private static final int FETCH_SIZE = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ReportPeriods periods;
    private final Map<ReportKind, ReportDefinition> definitions = new EnumMap<>(ReportKind.class);
    private final Clock clock;

    Reports(DataSource dataSource, PlatformTransactionManager transactions, ReportPeriods periods,
            List<ReportDefinition> definitions, Clock clock) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        template.setMaxRows(FILE_ROW_LIMIT);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.periods = periods;
        this.clock = clock;
        definitions.forEach(definition -> definition.kinds().forEach(kind -> this.definitions.put(kind, definition)));
        for (ReportKind kind : ReportKind.values()) {
            if (!this.definitions.containsKey(kind)) {
                throw new IllegalStateException("No definition reads " + kind);
            }
        }
    }

    /** The report made concrete for a run: its period resolved now, and its columns. */
    public Report prepare(AccessScope scope, ReportRequest request) {
        ResolvedPeriod period = periods.resolve(scope, request.kind(), request.period());
        return new Report(request, period, query(request, period).columns());
    }

    /** One page of rows (1-based), with the row count and the totals over all rows. */
    public ReportPage page(AccessScope scope, ReportRequest request, int page, int pageSize, Locale locale) {
        Report report = prepare(scope, request);
        ReportQuery query = query(request, report.period());
        int wanted = Math.max(1, page);
        Map<String, Object> parameters = parameters(scope, report, locale);
        parameters.put("limit", pageSize);
        parameters.put("offset", (long) (wanted - 1) * pageSize);
        List<Object[]> rows = new ArrayList<>();
        long[] count = {0};
        Object[] totals = new Object[report.columns().size()];
        readOnly.executeWithoutResult(status -> {
            customPlans();
            jdbc.query(query.page(request.sort(), request.descending()), parameters, (ResultSet rs) -> {
                rows.add(ReportRows.read(rs, report.columns()));
                if (count[0] == 0) {
                    count[0] = rs.getLong("row_count");
                    for (int i = 0; i < totals.length; i++) {
                        ReportColumn column = report.columns().get(i);
                        if (column.summed()) {
                            totals[i] = ReportRows.value(rs, "total_" + column.key(), column);
                        }
                    }
                }
            });
        });
        if (rows.isEmpty() && wanted > 1) {
            return page(scope, request, 1, pageSize, locale);
        }
        return new ReportPage(report, rows, count[0], totals, wanted, pageSize);
    }

    /**
     * Every row of a prepared report, in its order, to {@code row} as they are read (a database
     * cursor: memory stays flat); returns how many. Stops at {@link #FILE_ROW_LIMIT}.
     */
    public long stream(AccessScope scope, Report report, Locale locale, Consumer<Object[]> row) {
        ReportRequest request = report.request();
        ReportQuery query = query(request, report.period());
        Map<String, Object> parameters = parameters(scope, report, locale);
        long[] count = {0};
        readOnly.executeWithoutResult(status -> {
            customPlans();
            jdbc.query(query.all(request.sort(), request.descending()), parameters, (ResultSet rs) -> {
                row.accept(ReportRows.read(rs, report.columns()));
                count[0]++;
            });
        });
        return count[0];
    }

    /** The invoices a user may choose for an invoice period, newest first. */
    public List<CoveredInvoice> choosableInvoices(AccessScope scope) {
        return periods.choosable(scope);
    }

    public LocalDate today() {
        return Oslo.today(clock);
    }

    /**
     * Plans this transaction's report for its own period and filter. A statement the driver has run
     * five times is prepared on the server, and PostgreSQL may then plan it once for any values: for
     * a report that reads a few days of usage_daily that plan scanned the company's days (1.2 s
     * instead of 0.2 s in the reports benchmark).
     */
    private void customPlans() {
        jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
    }

    private ReportQuery query(ReportRequest request, ResolvedPeriod period) {
        return ReportQuery.of(definitions.get(request.kind()), request.kind(), request.level(), period);
    }

    private Map<String, Object> parameters(AccessScope scope, Report report, Locale locale) {
        return ReportParameters.of(scope, report.request(), report.period(), Oslo.today(clock),
                "en".equals(locale.getLanguage()));
    }
}
