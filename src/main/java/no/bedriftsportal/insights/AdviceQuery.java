package no.bedriftsportal.insights;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/**
 * The advice list's state, all in the URL (X1): the kind and customer number filters and the sort
 * ({@code saving}, {@code name}, {@code number}, {@code department}; {@code dir=asc|desc}). Unknown values fall
 * back to the defaults: every kind, every customer number, the biggest saving first.
 */
public record AdviceQuery(AdviceKind kind, String department, String sort, boolean descending) {

    public static final String PATH = "/insights/advice";
    public static final List<String> SORTS = List.of("name", "number", "department", "saving");

    public static final AdviceQuery ALL = new AdviceQuery(null, null, "saving", true);

    public static AdviceQuery parse(Function<String, String> parameters) {
        String sort = parameters.apply("sort");
        if (sort == null || !SORTS.contains(sort)) {
            sort = "saving";
        }
        String dir = parameters.apply("dir");
        boolean descending = dir == null ? "saving".equals(sort) : "desc".equals(dir);
        String department = parameters.apply("department");
        department = department == null || department.isBlank() || department.length() > 40 ? null : department.strip();
        return new AdviceQuery(AdviceKind.parse(parameters.apply("kind")), department, sort, descending);
    }

    boolean accepts(AdviceRow row) {
        return (kind == null || row.kind() == kind) && (department == null || department.equals(row.customerNumber()));
    }

    Comparator<AdviceRow> order() {
        Comparator<AdviceRow> order = switch (sort) {
            case "name" -> Comparator.comparing((AdviceRow row) -> row.holderName() == null ? "" : row.holderName(),
                    String.CASE_INSENSITIVE_ORDER);
            case "number" -> Comparator.comparing(AdviceRow::msisdn);
            case "department" -> Comparator.comparing(AdviceRow::customerNumber);
            default -> Comparator.comparing(AdviceRow::savingPerMonth);
        };
        order = descending ? order.reversed() : order;
        return order.thenComparing(AdviceRow::msisdn);
    }

    /** The filters as a query string (without sort), for the export links. */
    public String filterQuery() {
        return parameters(false).entrySet().stream()
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The list sorted by {@code column}: the other direction when it is the current sort. */
    public String sortHref(String column) {
        boolean desc = column.equals(sort) ? !descending : "saving".equals(column);
        Map<String, String> parameters = parameters(false);
        parameters.put("sort", column);
        parameters.put("dir", desc ? "desc" : "asc");
        return PATH + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean filtered() {
        return kind != null || department != null;
    }

    private Map<String, String> parameters(boolean withSort) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (kind != null) {
            parameters.put("kind", kind.name());
        }
        if (department != null) {
            parameters.put("department", department);
        }
        if (withSort) {
            parameters.put("sort", sort);
            parameters.put("dir", descending ? "desc" : "asc");
        }
        return parameters;
    }
}
