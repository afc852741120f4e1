package no.bedriftsportal.equipment;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The equipment list's search, filters (one per column), sort and page, all kept in the URL (E2):
 * {@code /equipment?q=iphone&status=IN_USE&sort=warranty&dir=desc&page=2}. Unknown or malformed values filter
 * nothing, so a hand-edited URL never fails.
 *
 * @param alert {@code warranty} (ends within 60 days) or {@code old} (older than the replacement age), as the
 *              dashboard's "Krever handling" links to them; else null
 */
public record DeviceQuery(String q, DeviceKind kind, DeviceStatus status, String customerNumber, String make, String model,
        String holder, String supplier, String phone, String identifier, LocalDate purchasedFrom, LocalDate purchasedTo,
        LocalDate warrantyFrom, LocalDate warrantyTo, BigDecimal priceFrom, BigDecimal priceTo, String alert, String sort,
        boolean descending, int page, int size) {

    public static final String PATH = "/equipment";
    public static final List<String> SORTS = List.of("kind", "name", "identifier", "phone", "holder", "department",
            "purchased", "price", "supplier", "warranty", "status");
    public static final List<Integer> SIZES = List.of(25, 50, 100);
    public static final int WARRANTY_DAYS = 60;

    public static DeviceQuery all() {
        return new DeviceQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, "name", false, 1, 25);
    }

    /** From the page's (or the API's) parameters by name. */
    public static DeviceQuery parse(Function<String, String> parameter) {
        String sort = text(parameter.apply("sort"));
        Integer size = integer(parameter.apply("size"));
        Integer page = integer(parameter.apply("page"));
        String alert = text(parameter.apply("alert"));
        return new DeviceQuery(text(parameter.apply("q")), enumValue(DeviceKind.class, parameter.apply("kind")),
                enumValue(DeviceStatus.class, parameter.apply("status")), digits(parameter.apply("customerNumber")),
                text(parameter.apply("make")), text(parameter.apply("model")), text(parameter.apply("holder")),
                text(parameter.apply("supplier")), digits(parameter.apply("phone")), text(parameter.apply("identifier")),
                date(parameter.apply("purchasedFrom")), date(parameter.apply("purchasedTo")),
                date(parameter.apply("warrantyFrom")), date(parameter.apply("warrantyTo")),
                money(parameter.apply("priceFrom")), money(parameter.apply("priceTo")),
                "warranty".equals(alert) || "old".equals(alert) ? alert : null,
                sort != null && SORTS.contains(sort) ? sort : "name", "desc".equals(parameter.apply("dir")),
                page == null || page < 1 ? 1 : Math.min(page, 100_000), size != null && SIZES.contains(size) ? size : 25);
    }

    /** The parameters of this query, without its defaults, in a stable order. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", q);
        put(parameters, "kind", kind == null ? null : kind.name());
        put(parameters, "status", status == null ? null : status.name());
        put(parameters, "customerNumber", customerNumber);
        put(parameters, "make", make);
        put(parameters, "model", model);
        put(parameters, "holder", holder);
        put(parameters, "supplier", supplier);
        put(parameters, "phone", phone);
        put(parameters, "identifier", identifier);
        put(parameters, "purchasedFrom", purchasedFrom == null ? null : purchasedFrom.toString());
        put(parameters, "purchasedTo", purchasedTo == null ? null : purchasedTo.toString());
        put(parameters, "warrantyFrom", warrantyFrom == null ? null : warrantyFrom.toString());
        put(parameters, "warrantyTo", warrantyTo == null ? null : warrantyTo.toString());
        put(parameters, "priceFrom", priceFrom == null ? null : priceFrom.toPlainString());
        put(parameters, "priceTo", priceTo == null ? null : priceTo.toPlainString());
        put(parameters, "alert", alert);
        put(parameters, "sort", "name".equals(sort) ? null : sort);
        put(parameters, "dir", descending ? "desc" : null);
        put(parameters, "page", page == 1 ? null : String.valueOf(page));
        put(parameters, "size", size == 25 ? null : String.valueOf(size));
        return parameters;
    }

    /** Whether any filter (not sort or page) is set. */
    public boolean filtered() {
        Map<String, String> parameters = parameters();
        parameters.keySet().removeAll(List.of("sort", "dir", "page", "size"));
        return !parameters.isEmpty();
    }

    /** Whether a filter other than the search is set: the page opens "more filters" then. */
    public boolean columnFiltered() {
        Map<String, String> parameters = parameters();
        parameters.keySet().removeAll(List.of("q", "kind", "status", "customerNumber", "sort", "dir", "page", "size"));
        return !parameters.isEmpty();
    }

    public String href() {
        return href(this);
    }

    /** The same filters sorted by {@code column}: the other direction when it is already the sort. */
    public String sortHref(String column) {
        boolean desc = column.equals(sort) && !descending;
        return href(new DeviceQuery(q, kind, status, customerNumber, make, model, holder, supplier, phone, identifier,
                purchasedFrom, purchasedTo, warrantyFrom, warrantyTo, priceFrom, priceTo, alert, column, desc, 1, size));
    }

    public String pageHref(int number) {
        return href(new DeviceQuery(q, kind, status, customerNumber, make, model, holder, supplier, phone, identifier,
                purchasedFrom, purchasedTo, warrantyFrom, warrantyTo, priceFrom, priceTo, alert, sort, descending, number, size));
    }

    /** The query string of the filters and sort (no page): what the exports take. */
    public String filterQuery() {
        Map<String, String> parameters = parameters();
        parameters.remove("page");
        parameters.remove("size");
        return query(parameters);
    }

    public int offset() {
        return (page - 1) * size;
    }

    private static String href(DeviceQuery query) {
        String text = query(query.parameters());
        return text.isEmpty() ? PATH : PATH + "?" + text;
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }

    private static String digits(String value) {
        String stripped = text(value);
        if (stripped == null) {
            return null;
        }
        String digits = stripped.replaceAll("[\\s+]", "");
        return digits.matches("\\d{1,15}") ? digits : null;
    }

    private static Integer integer(String value) {
        String stripped = text(value);
        return stripped != null && stripped.matches("\\d{1,6}") ? Integer.valueOf(stripped) : null;
    }

    private static LocalDate date(String value) {
        String stripped = text(value);
        return stripped == null ? null : DeviceCheck.parseDate(stripped).orElse(null);
    }

    private static BigDecimal money(String value) {
        String stripped = text(value);
        return stripped == null ? null : DeviceCheck.parsePrice(stripped).orElse(null);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        String stripped = text(value);
        if (stripped == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(stripped)) {
                return constant;
            }
        }
        return null;
    }
}
