package no.bedriftsportal.costsharing;

import java.time.Instant;

/**
 * What a subscription has: a profile, "Ingen profil" or "NY! (ikke valgt)" (COST-SHARING.md, "Words").
 *
 * @param profileId set exactly when {@code choice} is {@link Choice#PROFILE}
 */
public record SubscriptionChoice(long subscriptionId, Choice choice, Long profileId, Instant assignedAt, String assignedBy) {

    public SubscriptionChoice {
        if ((choice == Choice.PROFILE) != (profileId != null)) {
            throw new IllegalArgumentException("a profile id goes with the choice PROFILE, and only with it");
        }
    }

    public enum Choice {
        PROFILE, NO_PROFILE, NEW
    }
}
