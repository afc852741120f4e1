package no.bedriftsportal.subscription;

import java.time.LocalDate;
import java.util.List;

/**
 * A subscription's terms on a given day.
 *
 * @param autoExtraPackageCode the extra package bought automatically when the data runs out, or null
 */
public record SubscriptionTerms(String planCode, boolean dataControl, String autoExtraPackageCode) {

    /** The terms on a day: the latest change of each kind on or before it ({@code changes} in date order). */
    public static SubscriptionTerms from(List<TermChange> changes, LocalDate day) {
        String plan = null;
        boolean dataControl = false;
        String autoExtra = null;
        for (TermChange change : changes) {
            if (change.effectiveFrom().isAfter(day)) {
                break;
            }
            switch (change.kind()) {
                case PLAN -> plan = change.planCode();
                case DATA_CONTROL -> dataControl = Boolean.TRUE.equals(change.dataControl());
                case AUTO_EXTRA_PACKAGE -> autoExtra = change.autoExtraPackageCode();
            }
        }
        return new SubscriptionTerms(plan, dataControl, autoExtra);
    }
}
