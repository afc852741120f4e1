package no.bedriftsportal.dashboard;

import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.subscription.ProductGroupCount;

/**
 * D1: the active subscriptions per product group on a day, and the usage over the period split
 * within fixed price, outside fixed price and to/from abroad.
 */
public record SubscriptionsCard(Period period, LocalDate day, List<ProductGroupCount> groups, long total, List<UsageSplit> split) {
}
