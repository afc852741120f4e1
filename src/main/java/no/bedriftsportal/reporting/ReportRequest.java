package no.bedriftsportal.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.util.MultiValueMap;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * One report as asked for: which, at what level, for what period, narrowed how, sorted by what.
 * It round-trips through a URL query ({@link #parse}, {@link #query}), so the page keeps its state
 * in the address and a saved or scheduled report is the same query stored.
 *
 * @param sort       a column's key, or null for the report's own order
 * @param descending sort order for {@code sort}
 */
public record ReportRequest(ReportKind kind, ReportLevel level, ReportPeriod period, ReportFilter filter, String sort,
        boolean descending) {

    public ReportRequest {
        if (!kind.hasPeriod()) {
            period = ReportPeriod.of(PeriodPreset.THIS_MONTH);
        } else if (period.preset().invoicePeriod() && !kind.readsInvoicePeriods()) {
            throw new InvalidInputException("period", "reports.error.timeOnly", "This report reads a time period only");
        } else if (!period.preset().invoicePeriod() && !kind.readsTimePeriods()) {
            throw new InvalidInputException("period", "reports.error.invoiceOnly", "This report reads invoices only");
        }
        if (sort != null && (sort.isBlank() || !sort.matches("[a-z_]{1,40}"))) {
            sort = null;
        }
    }

    /** The report as it opens from the catalogue. */
    public static ReportRequest initial(ReportKind kind) {
        return new ReportRequest(kind, kind.defaultLevel(), ReportPeriod.of(kind.defaultPeriod()), ReportFilter.none(), null,
                false);
    }

    /** Reads a report's query parameters, as the page, the API and a saved report give them; missing parts take the report's defaults. */
    public static ReportRequest parse(ReportKind kind, MultiValueMap<String, String> query) {
        ReportLevel level;
        try {
            level = ReportLevel.parse(query.getFirst("level"), kind.defaultLevel());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", "reports.error.level", "level is department or user");
        }
        ReportFilter filter = new ReportFilter(ids(query.get("account")), query.getFirst("productGroup"), query.getFirst("user"),
                query.getFirst("sim"));
        String sort = query.getFirst("sort");
        return new ReportRequest(kind, level, period(kind, query), filter, sort, "desc".equals(query.getFirst("order")));
    }

    private static ReportPeriod period(ReportKind kind, MultiValueMap<String, String> query) {
        String code = query.getFirst("period");
        if (code == null || code.isBlank()) {
            return ReportPeriod.of(kind.defaultPeriod());
        }
        PeriodPreset preset;
        try {
            preset = PeriodPreset.parse(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "reports.error.period", "Unknown period");
        }
        return switch (preset) {
            case TIME -> ReportPeriod.days(date(query.getFirst("from"), "from"), date(query.getFirst("to"), "to"));
            case INVOICE -> ReportPeriod.invoices(new ArrayList<>(ids(query.get("invoice"))));
            default -> ReportPeriod.of(preset);
        };
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "reports.error.date", "A date is yyyy-MM-dd");
        }
    }

    private static Set<Long> ids(List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        try {
                            ids.add(Long.parseLong(part.strip()));
                        } catch (NumberFormatException e) {
                            throw new InvalidInputException("account", "reports.error.number", "Not a number: " + part);
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** The same request with another sort (the table's header links). */
    public ReportRequest sortedBy(String column, boolean desc) {
        return new ReportRequest(kind, level, period, filter, column, desc);
    }

    public ReportRequest atLevel(ReportLevel other) {
        return new ReportRequest(kind, other, period, filter, null, false);
    }

    /** The query that {@link #parse} reads back to this request, without the report's code: {@code level=user&period=last-month}. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        query.add("level=" + level.code());
        if (kind.hasPeriod()) {
            query.add("period=" + period.preset().code());
            if (period.preset() == PeriodPreset.TIME) {
                query.add("from=" + period.from()).add("to=" + period.to());
            }
            period.invoices().forEach(number -> query.add("invoice=" + number));
        }
        filter.customerAccounts().stream().sorted().forEach(id -> query.add("account=" + id));
        add(query, "productGroup", filter.productGroup());
        add(query, "user", filter.user());
        add(query, "sim", filter.sim());
        if (sort != null) {
            query.add("sort=" + sort);
            if (descending) {
                query.add("order=desc");
            }
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
