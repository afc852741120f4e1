package no.bedriftsportal.subscription;

/**
 * A subscription's terms on a given day.
 *
 * @param autoExtraPackageCode the extra package bought automatically when the data runs out, or null
 */
public record SubscriptionTerms(String planCode, boolean dataControl, String autoExtraPackageCode) {
}
