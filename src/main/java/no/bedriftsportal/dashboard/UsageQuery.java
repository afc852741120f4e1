package no.bedriftsportal.dashboard;

import java.time.YearMonth;

/**
 * Which subscriptions' months the company API's usage lists: those active in a month of
 * {@code [from, to]}, optionally one subscription or one customer number, after a cursor's.
 *
 * @param afterMonth        with {@code afterSubscription}: start with this subscription-month (its kinds after the cursor's); null for the first page
 */
record UsageQuery(YearMonth from, YearMonth to, Long subscriptionId, String customerNumber, YearMonth afterMonth,
        long afterSubscription) {
}
