package no.bedriftsportal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The periods the dashboard shows (SPEC "Dashboard"): the last 7, 30 or 90 days up to today, or —
 * for data packages and users, which run per calendar month — this month or last month.
 */
public enum Period {
    DAYS_7, DAYS_30, DAYS_90, THIS_MONTH, LAST_MONTH;

    public LocalDate from(LocalDate today) {
        return switch (this) {
            case DAYS_7 -> today.minusDays(6);
            case DAYS_30 -> today.minusDays(29);
            case DAYS_90 -> today.minusDays(89);
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
        };
    }

    public LocalDate to(LocalDate today) {
        return this == LAST_MONTH ? today.withDayOfMonth(1).minusDays(1) : today;
    }

    public YearMonth month(LocalDate today) {
        return YearMonth.from(from(today));
    }

    public boolean monthly() {
        return this == THIS_MONTH || this == LAST_MONTH;
    }

    /** The periods of the cards that count days: D1 and D4. */
    public static final List<Period> ROLLING = List.of(DAYS_7, DAYS_30, DAYS_90);

    /** The periods of the cards that run per calendar month: D5, D6 and D7. */
    public static final List<Period> MONTHLY = List.of(THIS_MONTH, LAST_MONTH);

    /** One of {@code choices} from a request parameter; the first choice when absent or not offered. */
    public static Period parse(String value, List<Period> choices) {
        for (Period period : choices) {
            if (period.name().equalsIgnoreCase(value)) {
                return period;
            }
        }
        return choices.get(0) == DAYS_7 ? DAYS_30 : choices.get(0);
    }
}
