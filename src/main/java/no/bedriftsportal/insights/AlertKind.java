package no.bedriftsportal.insights;

import java.math.BigDecimal;

/**
 * What an alert is about (X2, #18.2), with the kind's defaults for a company that has not set the
 * rule, and what its period is (the unit of "once per occurrence"). {@link #BUDGET_FORECAST} is
 * raised by the budgets' check ({@link AlertBudgetCheck}, #18.3) through {@link AlertCheck}.
 */
public enum AlertKind {
    /** A user's cost abroad in one day above {@code amount} kr. */
    ROAMING_DAY(Period.DAY, true, new BigDecimal("500"), null, null),
    /** A user's month above {@code factor} × the median of their last 6 months and above {@code amount} kr. */
    UNUSUAL_MONTH(Period.MONTH, true, new BigDecimal("1000"), new BigDecimal("3"), null),
    /** 80 % of the month's data (package and extra packages) used. */
    DATA_80(Period.MONTH, true, null, null, null),
    /** All of the month's data used. */
    DATA_100(Period.MONTH, true, null, null, null),
    /** Datakontroll blocked data. */
    DATA_BLOCKED(Period.MONTH, true, null, null, null),
    /** An invoice not paid {@code days} days after its due date. */
    INVOICE_OVERDUE(Period.INVOICE, true, null, null, 3),
    /** A department's forecast to month end passes its budget (#18.3). */
    BUDGET_FORECAST(Period.MONTH, true, null, null, null);

    /** The unit of an occurrence: an alert fires once per subject and period. */
    public enum Period { DAY, MONTH, INVOICE }

    private final Period period;
    private final boolean enabledByDefault;
    private final BigDecimal defaultAmount;
    private final BigDecimal defaultFactor;
    private final Integer defaultDays;

    AlertKind(Period period, boolean enabledByDefault, BigDecimal defaultAmount, BigDecimal defaultFactor, Integer defaultDays) {
        this.period = period;
        this.enabledByDefault = enabledByDefault;
        this.defaultAmount = defaultAmount;
        this.defaultFactor = defaultFactor;
        this.defaultDays = defaultDays;
    }

    public Period period() {
        return period;
    }

    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    /** The amount threshold in kr, or null when the kind has none. */
    public BigDecimal defaultAmount() {
        return defaultAmount;
    }

    /** The factor over the user's normal, or null when the kind has none. */
    public BigDecimal defaultFactor() {
        return defaultFactor;
    }

    /** Days past a date, or null when the kind has none. */
    public Integer defaultDays() {
        return defaultDays;
    }

    public boolean hasAmount() {
        return defaultAmount != null;
    }

    public boolean hasFactor() {
        return defaultFactor != null;
    }

    public boolean hasDays() {
        return defaultDays != null;
    }

    /** The API's and URL's name: {@code roaming-day}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<AlertKind> ofSlug(String slug) {
        for (AlertKind kind : values()) {
            if (kind.slug().equals(slug) || kind.name().equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
