package no.bedriftsportal.dashboard;

import no.bedriftsportal.costsharing.SubscriptionOverview;

/**
 * D6's panel: the selected user's month and data trend, with the plan's name and the trend chart's data.
 *
 * @param planName       the plan in effect at the month's end, as the catalogue names it
 * @param trendJson      the six-month chart's data, for {@code dashboard.js}
 * @param invoiceControl this month's invoice control of the user (content purchases, the employee's estimate), or
 *                       null when the signed-in user is not granted Fakturakontroll or the user has no profile this month
 */
public record UserPanel(UserDetail detail, Period period, String planName, String trendJson, SubscriptionOverview invoiceControl) {
}
