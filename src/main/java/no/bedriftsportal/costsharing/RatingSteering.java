package no.bedriftsportal.costsharing;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The choices' and the employee page's door to {@link RatingSteer}. TEMPORARY (issue #14.2 while #14.4
 * is built in parallel): {@link RatingSteer} still throws {@link UnsupportedOperationException}, which is
 * logged and passed over here so that profile choices work meanwhile. At merge, when RatingSteer is
 * built, call it directly and remove this class.
 */
@Component
class RatingSteering {

    private static final Logger LOG = LoggerFactory.getLogger(RatingSteering.class);

    private final RatingSteer steer;

    RatingSteering(RatingSteer steer) {
        this.steer = steer;
    }

    void apply(long companyId, Collection<Long> subscriptionIds, ProfileRules rules, String by) {
        try {
            steer.apply(companyId, subscriptionIds, rules, by);
        } catch (UnsupportedOperationException notYetBuilt) {
            LOG.warn("RatingSteer.apply not built yet: {} subscriptions' rating rules left as they were", subscriptionIds.size());
        }
    }

    void switchDataControl(long companyId, long subscriptionId, boolean enabled, String by) {
        try {
            steer.switchDataControl(companyId, subscriptionId, enabled, by);
        } catch (UnsupportedOperationException notYetBuilt) {
            LOG.warn("RatingSteer.switchDataControl not built yet: subscription {} left as it was", subscriptionId);
        }
    }
}
