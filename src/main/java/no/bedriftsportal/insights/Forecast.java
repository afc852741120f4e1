package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.util.List;

/**
 * A month's cost of one department or user (X3): what it has cost so far, the forecast at month end and its interval
 * (about 90 %), NOK excl. VAT, and both as running totals by day of the month for the chart.
 *
 * @param knownDays           the month's complete days the forecast saw
 * @param actualCumulative    the running total of each day up to today
 * @param forecastCumulative  the running total of every day of the month: known days as they were, the rest as forecast
 */
public record Forecast(BigDecimal actual, BigDecimal total, BigDecimal low, BigDecimal high, int knownDays,
        List<BigDecimal> actualCumulative, List<BigDecimal> forecastCumulative) {

    public Forecast {
        actualCumulative = List.copyOf(actualCumulative);
        forecastCumulative = List.copyOf(forecastCumulative);
    }
}
