package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * The public read API of one subscription's invoice control in a month (SPEC D6, #14.8), for the
 * dashboard's user panel and the company API: the choice in force, the content purchases and their
 * classification, and the employee's month so far computed with the monthly results' own machinery
 * ({@link MonthInputs#gather} for that one employee and {@link EmployeeMonthCalculator#compute}).
 * Only within the caller's company and granted customer numbers; nothing is stored.
 */
@Service
public class EmployeeOverview {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final OverviewQuery query;
    private final RulesInForce rules;
    private final MonthInputs inputs;
    private final EmployeeControlRepository purchases;

    EmployeeOverview(OverviewQuery query, RulesInForce rules, MonthInputs inputs, EmployeeControlRepository purchases) {
        this.query = query;
        this.purchases = purchases;
        this.rules = rules;
        this.inputs = inputs;
    }

    /**
     * Empty when the subscription is not the company's or not on a granted customer number. A
     * subscription whose choice in force for the month is not a profile has no purchases and no estimate.
     */
    public Optional<SubscriptionOverview> forSubscription(AccessScope scope, long subscriptionId, YearMonth month) {
        return query.subscription(scope, subscriptionId).map(subscription -> overview(scope.companyId(), subscription, month));
    }

    private SubscriptionOverview overview(long companyId, OverviewQuery.Subscription subscription, YearMonth month) {
        CostSharingSettings settings = rules.settings(companyId, month);
        SubscriptionChoice choice = rules.choice(companyId, subscription.subscriptionId(), month).orElse(null);
        SubscriptionChoice.Choice chosen = choice == null ? SubscriptionChoice.Choice.NEW : choice.choice();
        ProfileVersion profile = chosen == SubscriptionChoice.Choice.PROFILE
                ? rules.profileVersions(companyId, month).get(choice.profileId()) : null;
        List<SubscriptionOverview.Purchase> bought = List.of();
        SubscriptionOverview.Estimate estimate = null;
        YearMonth lastResult = null;
        if (profile != null) {
            bought = purchases.subscriptionPurchases(companyId, subscription.subscriptionId(), Oslo.startOf(month.atDay(1)),
                    RulesInForce.cutoff(month)).stream().map(SubscriptionOverview.Purchase::of).toList();
            if (subscription.employeeId() != null) {
                estimate = estimate(companyId, subscription.employeeId(), month);
                lastResult = query.hasResult(companyId, subscription.employeeId(), month.minusMonths(1)) ? month.minusMonths(1) : null;
            }
        }
        return new SubscriptionOverview(subscription.subscriptionId(), month, chosen, profile == null ? null : profile.profileId(),
                profile == null ? null : profile.name(), subscription.employeeId(), subscription.employeeName(), bought,
                settings.unclassifiedAs(), MonthInputs.deadline(month, settings), estimate, lastResult);
    }

    /** The employee's month so far, as the monthly results compute it; zero when nothing is gathered for them. */
    private SubscriptionOverview.Estimate estimate(long companyId, long employeeId, YearMonth month) {
        return inputs.gather(companyId, month, List.of(employeeId)).stream()
                .filter(gathered -> gathered.input().employeeId() == employeeId)
                .findFirst()
                .map(gathered -> EmployeeMonthCalculator.compute(gathered.input()))
                .map(result -> new SubscriptionOverview.Estimate(result.deduction(), result.benefit(), result.notDeducted()))
                .orElseGet(() -> new SubscriptionOverview.Estimate(ZERO, ZERO, ZERO));
    }
}
