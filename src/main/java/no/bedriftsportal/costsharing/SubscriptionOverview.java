package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import no.bedriftsportal.shared.Oslo;

/**
 * One subscription's invoice control in a usage month as the dashboard's user panel and the company
 * API show it (SPEC D6, #14.8): the choice in force, the month's content-service purchases with their
 * classification (what and from whom, never the other party's number) and, for the employee holding
 * the subscription, an estimate of the month so far computed as the monthly results are.
 *
 * @param choice          the choice in force for the month
 * @param profileName     the profile's name in force for the month, or null when the choice is not a profile
 * @param employeeId      the employee holding the subscription now, or null
 * @param purchases       the month's content purchases, oldest first (none without a profile)
 * @param unclassifiedAs  what an unclassified purchase counts as after the deadline, by the settings in force
 * @param deadline        the month's content deadline
 * @param estimate        the employee's month so far, or null (no profile, no employee)
 * @param lastResultMonth the month before when the employee has a result for it, else null
 */
public record SubscriptionOverview(long subscriptionId, YearMonth month, SubscriptionChoice.Choice choice, Long profileId,
        String profileName, Long employeeId, String employeeName, List<Purchase> purchases, Classification unclassifiedAs,
        LocalDate deadline, Estimate estimate, YearMonth lastResultMonth) {

    /** Whether the subscription has invoice control this month: its choice in force is a profile. */
    public boolean invoiceControl() {
        return choice == SubscriptionChoice.Choice.PROFILE && profileName != null;
    }

    /** The purchases reported as business use (classified WORK). */
    public List<Purchase> work() {
        return purchases.stream().filter(Purchase::work).toList();
    }

    public BigDecimal workTotal() {
        return work().stream().map(Purchase::gross).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The employee's page in invoice control, or null without an employee. */
    public String employeeHref() {
        return employeeId == null ? null : EmployeeController.PATH + "/" + employeeId;
    }

    /** The employee's result of the month before, or null when there is none. */
    public String lastResultHref() {
        return employeeId == null || lastResultMonth == null ? null
                : ResultsController.LIST + "/" + lastResultMonth + "/employees/" + employeeId;
    }

    /**
     * A content-service purchase: what and from whom, the gross amount and its classification.
     *
     * @param classification null when not classified (yet)
     */
    public record Purchase(String cdrId, int piece, Instant startTime, String description, String provider, BigDecimal gross,
            Classification classification) {

        static Purchase of(ContentPurchase purchase) {
            return new Purchase(purchase.cdrId(), purchase.piece(), purchase.startTime(), purchase.description(),
                    purchase.provider(), purchase.gross(), purchase.classification());
        }

        /** Reported as business use. */
        public boolean work() {
            return classification == Classification.WORK;
        }

        public LocalDate date() {
            return Oslo.dateOf(startTime);
        }

        /** The description and provider in one: "Provider, description", or the one there is. */
        public String what() {
            boolean hasDescription = description != null && !description.isBlank();
            boolean hasProvider = provider != null && !provider.isBlank();
            if (hasDescription && hasProvider && !description.equals(provider)) {
                return description + " (" + provider + ")";
            }
            return hasDescription ? description : hasProvider ? provider : "";
        }
    }

    /**
     * What the employee pays for the month so far, computed live from the rules in force as the monthly
     * results are (corrections of earlier final months left out): an estimate until the month is final.
     */
    public record Estimate(BigDecimal deduction, BigDecimal benefit, BigDecimal notDeducted) {
    }
}
