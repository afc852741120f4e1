package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The request parameters of D6/D7's user list, as typed (so a form shows them again), and the
 * query they make. Every name starts with "user" so that they live beside the other cards' on the page.
 *
 * @param users      the period: THIS_MONTH or LAST_MONTH
 * @param userSearch a name or number, or part of one
 * @param userMin    the minimum, in the unit the user sees, as typed
 * @param user       the selected user's subscription id
 * @param userShow   every user, or only those without a user or blocked by Datakontroll ({@link UserShow})
 */
public record UsersParameters(String users, String userSearch, String userSort, String userOrder, String userMinOf,
        String userMin, String userPage, String user, String userShow) {

    static final int PAGE_SIZE = 25;

    public Period period() {
        return Period.parse(users, Period.MONTHLY);
    }

    public UserSort sort() {
        return UserSort.parse(userSort, UserSort.COST);
    }

    /** Names sort A–Z by default; the measures largest first. */
    public boolean descending() {
        return userOrder == null || userOrder.isBlank() ? sort() != UserSort.NAME : "desc".equals(userOrder);
    }

    public UserSort minimumOf() {
        UserSort measure = UserSort.parse(userMinOf, UserSort.COST);
        return measure == UserSort.NAME ? UserSort.COST : measure;
    }

    /** The minimum as a number, null when none is given or it is not a number (see {@link #minimumInvalid()}). */
    public BigDecimal minimum() {
        if (userMin == null || userMin.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(userMin.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
            return value.signum() < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean minimumInvalid() {
        return userMin != null && !userMin.isBlank() && minimum() == null;
    }

    public int page() {
        try {
            return userPage == null ? 0 : Math.max(0, Integer.parseInt(userPage.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public UserShow show() {
        return UserShow.parse(userShow);
    }

    public Long selected() {
        try {
            return user == null || user.isBlank() ? null : Long.valueOf(user.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    UserQuery query(YearMonth month) {
        String search = userSearch == null || userSearch.isBlank() ? null : userSearch.strip();
        return new UserQuery(month, search, sort(), descending(), minimumOf(), minimum(), page(), PAGE_SIZE, show());
    }

    /** The same search, minimum and order, every page at once (the Excel file). */
    UserQuery everyUser(YearMonth month) {
        UserQuery paged = query(month);
        return new UserQuery(month, paged.search(), paged.sort(), paged.descending(), paged.minimumOf(), paged.minimum(), 0,
                Integer.MAX_VALUE);
    }

    /** The list's query string with a different sort (the column headers) — back to page 1. */
    public String sortedBy(UserSort sort) {
        boolean descending = sort == sort() ? !descending() : sort != UserSort.NAME;
        return queryString(sort.name(), descending ? "desc" : "asc", null);
    }

    /** The list's query string as it stands, without its page: every user the list finds, as the Excel file lists them. */
    public String allPages() {
        return queryString(sort().name(), descending() ? "desc" : "asc", null);
    }

    /** True when a search or a minimum leaves users out. */
    public boolean filtered() {
        return (userSearch != null && !userSearch.isBlank()) || minimum() != null;
    }

    /** The list's query string for another page (1-based). */
    public String onPage(int page) {
        return queryString(sort().name(), descending() ? "desc" : "asc", String.valueOf(page));
    }

    private String queryString(String sort, String order, String page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("users", period().name());
        parameters.put("userSearch", userSearch);
        parameters.put("userSort", sort);
        parameters.put("userOrder", order);
        parameters.put("userMinOf", minimum() == null ? null : minimumOf().name());
        parameters.put("userMin", minimum() == null ? null : userMin.strip());
        parameters.put("userPage", page);
        parameters.put("userShow", show() == UserShow.ALL ? null : show().name());
        return parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
