package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * D7: which users of a month to list — matching a name or number, with at least {@code minimum}
 * of a measure — in which order, and which page.
 *
 * @param minimum in the unit the user sees (kr, minutes, messages, MB); null for no minimum
 * @param show    every user, or only those without a user or blocked by Datakontroll in the month
 */
record UserQuery(YearMonth month, String search, UserSort sort, boolean descending, UserSort minimumOf, BigDecimal minimum,
        int page, int pageSize, UserShow show) {

    UserQuery(YearMonth month, String search, UserSort sort, boolean descending, UserSort minimumOf, BigDecimal minimum,
            int page, int pageSize) {
        this(month, search, sort, descending, minimumOf, minimum, page, pageSize, UserShow.ALL);
    }

    static UserQuery of(YearMonth month, UserSort sort, boolean descending) {
        return new UserQuery(month, null, sort, descending, UserSort.COST, null, 0, 25);
    }
}
