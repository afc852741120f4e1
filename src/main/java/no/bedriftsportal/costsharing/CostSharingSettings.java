package no.bedriftsportal.costsharing;

import java.util.Objects;

/**
 * The company's settings used by the rules (issue #14.3), as saved in one version.
 *
 * @param contentDeadlineDay the day of month M+1 by which month M's content purchases are classified (1–28);
 *                           the result of M is final from the day after
 * @param unclassifiedAs     what a purchase left unclassified at the deadline counts as
 * @param deductionPayType   the pay type (lønnsart) of salary deductions, or null while not set
 * @param benefitPayType     the pay type (lønnsart) of taxable benefits, or null while not set
 */
public record CostSharingSettings(int contentDeadlineDay, Classification unclassifiedAs, String deductionPayType,
        String benefitPayType, WorkingHours workingHours) {

    public CostSharingSettings {
        Objects.requireNonNull(unclassifiedAs, "unclassifiedAs");
        Objects.requireNonNull(workingHours, "workingHours");
        if (contentDeadlineDay < 1 || contentDeadlineDay > 28) {
            throw new IllegalArgumentException("the deadline is a day from 1 to 28, was " + contentDeadlineDay);
        }
    }

    /** What a company has before it saves its own: the 10th, unclassified counts as private, office hours. */
    public static CostSharingSettings defaults() {
        return new CostSharingSettings(10, Classification.PRIVATE, null, null, WorkingHours.officeHours());
    }
}
