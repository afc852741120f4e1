package no.bedriftsportal.dashboard;

import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.subscription.ProductGroupCount;

/** D1, first part: the active subscriptions per product group on a day. */
public record SubscriptionsCard(LocalDate day, List<ProductGroupCount> groups, long total) {
}
