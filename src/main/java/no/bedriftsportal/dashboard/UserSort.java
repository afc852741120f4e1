package no.bedriftsportal.dashboard;

/** What D7's user list sorts and filters on: usage cost, total cost, minutes, messages, MB — or the name. */
public enum UserSort {
    COST("amount"),
    /** "Totalkostnad": usage, the month's fee and extra packages ({@link TotalCost}); sorted and filtered in Java, not SQL. */
    TOTAL(null),
    MINUTES("voice_seconds"), MESSAGES("messages"), DATA("data_bytes"),
    /** Names in Norwegian order: … Z, Æ, Ø, Å (ICU's collation, as PostgreSQL builds carry it). */
    NAME("name collate \"nb-x-icu\"");

    private final String column;

    UserSort(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The measure's value in a month from {@code usage_subscription_monthly} under {@code alias}, 0 when absent; data as {@link UsedData}. */
    String monthlyValue(String alias) {
        if (this == TOTAL || this == NAME) {
            throw new IllegalStateException(this + " is no column of the monthly rollup");
        }
        return this == DATA ? UsedData.sql(alias) : "coalesce(" + alias + "." + column + ", 0)";
    }

    /** The measures a minimum can be set on (not the name). */
    public static final java.util.List<UserSort> MEASURES = java.util.List.of(COST, TOTAL, MINUTES, MESSAGES, DATA);

    /** The value in the database's unit for a minimum given in the unit the user sees (kr, minutes, messages, MB). */
    java.math.BigDecimal storedMinimum(java.math.BigDecimal minimum) {
        return switch (this) {
            case MINUTES -> minimum.multiply(java.math.BigDecimal.valueOf(60));
            case DATA -> minimum.multiply(java.math.BigDecimal.valueOf(1_000_000));
            default -> minimum;
        };
    }

    public static UserSort parse(String value, UserSort fallback) {
        for (UserSort sort : values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return fallback;
    }
}
