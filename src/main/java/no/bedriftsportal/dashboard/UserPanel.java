package no.bedriftsportal.dashboard;

/**
 * D6's panel: the selected user's month and data trend, with the plan's name and the trend chart's data.
 *
 * @param planName  the plan in effect at the month's end, as the catalogue names it
 * @param trendJson the six-month chart's data, for {@code dashboard.js}
 */
public record UserPanel(UserDetail detail, Period period, String planName, String trendJson) {
}
