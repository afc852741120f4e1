package no.bedriftsportal.costsharing;

import java.util.Collection;

import org.springframework.stereotype.Component;

/**
 * Hands the rules that steer rating (Datakontroll, the automatic extra package and its payer) to the
 * subscription module the moment they are saved (COST-SHARING.md, "When a change takes effect"), and
 * tells each employee by SMS when their Datakontroll changes (issue #14.4).
 */
@Component
class RatingSteer {

    /**
     * Sets the profile's rating rules on these subscriptions, from now; called when a profile is
     * saved (for its subscriptions) and when subscriptions are given a profile.
     *
     * @param by the name of who saved, for the subscription's history
     */
    void apply(long companyId, Collection<Long> subscriptionIds, ProfileRules rules, String by) {
        throw new UnsupportedOperationException("issue #14.4: being built");
    }

    /** Switches Datakontroll on one subscription, from now; wins until its profile is saved again. */
    void switchDataControl(long companyId, long subscriptionId, boolean enabled, String by) {
        throw new UnsupportedOperationException("issue #14.4: being built");
    }
}
