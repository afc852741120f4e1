package no.bedriftsportal.dashboard;

/**
 * D7's "Vis" filter: every user, or only those that need the administrator — subscriptions without
 * a user, or users whose data Datakontroll blocked in the month. The "Krever handling" strip links
 * here with the same definitions ({@link UsersNeedingAttention}). The SQL is fixed here, never taken
 * from a request; it refers to the subscription as {@code s} and the month's bounds as {@code :monthStart} and {@code :nextMonthStart}.
 */
public enum UserShow {
    ALL(""),
    NO_USER(" and s.employee_id is null"),
    BLOCKED(" and exists (select 1 from data_block b where b.company_id = s.company_id"
            + " and b.subscription_id = s.subscription_id and b.blocked_at >= :monthStart and b.blocked_at < :nextMonthStart)");

    private final String condition;

    UserShow(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    /** The parameter's value; every user when absent or unknown. */
    public static UserShow parse(String value) {
        for (UserShow show : values()) {
            if (show.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return show;
            }
        }
        return ALL;
    }
}
