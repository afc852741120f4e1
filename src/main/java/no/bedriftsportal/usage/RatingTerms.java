package no.bedriftsportal.usage;

import java.util.Objects;

/**
 * The terms of a subscription in effect at an event's start time, resolved by the caller from the
 * subscription and its cost-sharing profile.
 *
 * @param dataControl            Datakontroll: block data when the packages are used up
 * @param autoExtraPackageCode   the extra package to buy automatically when the packages are used
 *                               up, or null
 * @param autoExtraPackagePayer  who pays the automatic package; required with a package code
 */
public record RatingTerms(long subscriptionId, String planCode, boolean dataControl,
                                String autoExtraPackageCode, Payer autoExtraPackagePayer) {

    public RatingTerms {
        Objects.requireNonNull(planCode, "planCode");
        if (autoExtraPackageCode != null && autoExtraPackagePayer == null) {
            throw new IllegalArgumentException("an automatic extra package needs a payer");
        }
    }

    boolean buysExtraPackagesAutomatically() {
        return autoExtraPackageCode != null;
    }
}
