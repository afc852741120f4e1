package no.bedriftsportal.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * D5's filter of the user list, one field per column, and its order: read leniently from request
 * parameters (what cannot be read is no filter), so a hand-made URL never fails the card.
 *
 * @param name       part of the user's name, any case
 * @param number     digits of the mobile number
 * @param department a customer account id (the department)
 * @param plan       a price plan code
 * @param minMb      at least this many MB used in the month (in, beyond and outside the package)
 * @param maxMb      at most this many MB used
 * @param minPercent at least this % of the month's package used
 * @param maxPercent at most this % of the package used
 * @param extra      true: only users who bought an extra package; false: only those who did not
 */
public record DataFilter(String name, String number, Long department, String plan, Long minMb, Long maxMb, Integer minPercent,
        Integer maxPercent, Boolean extra, Sort sort) {

    /** No filter, the heaviest users first. */
    public static final DataFilter NONE = new DataFilter(null, null, null, null, null, null, null, null, null, Sort.MB_DESC);

    /** The orders the list offers; the SQL is fixed here, never taken from a request. */
    public enum Sort {
        MB_DESC("total desc"), MB_ASC("total asc"), NAME_ASC("name collate \"nb-x-icu\" asc nulls last"),
        NAME_DESC("name collate \"nb-x-icu\" desc nulls last"), PERCENT_DESC("percent desc"), PERCENT_ASC("percent asc"),
        DEPARTMENT_ASC("department collate \"nb-x-icu\" asc"), PLAN_ASC("package_bytes asc"), NUMBER_ASC("msisdn asc"),
        EXTRA_FIRST("bought_extra desc, total desc");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        String orderBy() {
            return orderBy + ", msisdn";
        }

        /** The column the order is by, for {@code aria-sort}: name, number, department, plan, mb, percent or extra. */
        public String column() {
            return name().substring(0, name().indexOf('_')).toLowerCase(Locale.ROOT);
        }

        /** {@code ascending}, {@code descending} or {@code other}, as {@code aria-sort} says it. */
        public String direction() {
            return name().endsWith("_ASC") ? "ascending" : name().endsWith("_DESC") ? "descending" : "other";
        }
    }

    /** The filter from the list form's parameters; blanks and what is not a number are left out. */
    public static DataFilter of(Map<String, String> parameters) {
        String digits = parameters.getOrDefault("number", "").replaceAll("\\D", "");
        if (digits.startsWith("47") && digits.length() > 8) {
            digits = digits.substring(2);
        }
        String extra = parameters.get("extra");
        return new DataFilter(blankToNull(parameters.get("name")), digits.isEmpty() ? null : digits,
                wholeNumber(parameters.get("department")), blankToNull(parameters.get("plan")),
                wholeNumber(parameters.get("minMb")), wholeNumber(parameters.get("maxMb")),
                percent(parameters.get("minPercent")), percent(parameters.get("maxPercent")),
                "yes".equals(extra) ? Boolean.TRUE : "no".equals(extra) ? Boolean.FALSE : null, sort(parameters.get("sort")));
    }

    /** True when any column is filtered (the order aside). */
    public boolean filtered() {
        return name != null || number != null || department != null || plan != null || minMb != null || maxMb != null
                || minPercent != null || maxPercent != null || extra != null;
    }

    /** {@code yes}, {@code no} or empty: the value of the form's extra-package field. */
    public String extraValue() {
        return extra == null ? "" : extra ? "yes" : "no";
    }

    /**
     * The filter as query parameters (without a leading {@code ?} or {@code &}), as the list form
     * sends them: for the pager's and the Excel link's URLs.
     */
    public String query() {
        List<String> parameters = new ArrayList<>();
        add(parameters, "name", name);
        add(parameters, "number", number);
        add(parameters, "department", department);
        add(parameters, "plan", plan);
        add(parameters, "minMb", minMb);
        add(parameters, "maxMb", maxMb);
        add(parameters, "minPercent", minPercent);
        add(parameters, "maxPercent", maxPercent);
        add(parameters, "extra", extra == null ? null : extraValue());
        if (sort != Sort.MB_DESC) {
            add(parameters, "sort", sort.name());
        }
        return String.join("&", parameters);
    }

    /**
     * The name as a case-insensitive SQL {@code like} pattern, its wildcards taken literally; null when none.
     * The query lowers the name with the {@code pg_c_utf8} collation, which folds Æ, Ø and Å as Java does
     * (the database's own C locale folds only A–Z).
     */
    String namePattern() {
        return name == null ? null : "%" + likeEscaped(name.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    String numberPattern() {
        return number == null ? null : "%" + number + "%";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void add(List<String> parameters, String key, Object value) {
        if (value != null) {
            parameters.add(key + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long wholeNumber(String value) {
        try {
            return value == null || value.isBlank() ? null : Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer percent(String value) {
        Long number = wholeNumber(value);
        return number == null ? null : (int) Math.min(999, number);
    }

    private static Sort sort(String value) {
        for (Sort sort : Sort.values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return Sort.MB_DESC;
    }
}
