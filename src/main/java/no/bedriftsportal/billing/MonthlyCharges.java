package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.subscription.TermChange;
import no.bedriftsportal.usage.UsageCharges;

/**
 * Billing's read API for the dashboard's "Totalkostnad": per subscription, the monthly fee and the
 * extra packages of a month, by the rules the invoice run bills them with. The fee is what a fresh
 * invoice bills for the month's active days under each day's plan ({@link FeeDays}: pro rata, each
 * unbroken stretch rounded half-up to øre) — for a month not yet ended, the whole month as it
 * stands now (the next invoice bills it so, unless a termination or plan change comes first). A
 * correction of an earlier month that a run bills or credits belongs to that month, not this one.
 */
@Service
public class MonthlyCharges {

    private final Subscriptions subscriptions;
    private final Catalog catalog;
    private final UsageCharges usageCharges;

    MonthlyCharges(Subscriptions subscriptions, Catalog catalog, UsageCharges usageCharges) {
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.usageCharges = usageCharges;
    }

    /** Every subscription in the scope active on a day of {@code month}, with its fee and extra packages. */
    public Map<Long, MonthlyCharge> forMonth(AccessScope scope, YearMonth month) {
        return charges(scope.companyId(), subscriptions.list(scope), month);
    }

    /** These subscriptions' (a page of a list), those in the scope and active on a day of {@code month}. */
    public Map<Long, MonthlyCharge> forSubscriptions(AccessScope scope, YearMonth month, Collection<Long> subscriptionIds) {
        Set<Long> wanted = Set.copyOf(subscriptionIds);
        return charges(scope.companyId(), subscriptions.list(scope).stream()
                .filter(subscription -> wanted.contains(subscription.id())).toList(), month);
    }

    /** One subscription's, when it is in the scope and active on a day of {@code month}. */
    public Optional<MonthlyCharge> forSubscription(AccessScope scope, long subscriptionId, YearMonth month) {
        List<Subscription> found = subscriptions.find(scope.companyId(), subscriptionId)
                .filter(subscription -> scope.includes(subscription.customerAccountId())).stream().toList();
        return Optional.ofNullable(charges(scope.companyId(), found, month).get(subscriptionId));
    }

    private Map<Long, MonthlyCharge> charges(long companyId, List<Subscription> candidates, YearMonth month) {
        List<Subscription> active = candidates.stream()
                .filter(subscription -> !subscription.activeFrom().isAfter(month.atEndOfMonth())
                        && (subscription.terminatedOn() == null || subscription.terminatedOn().isAfter(month.atDay(1))))
                .toList();
        if (active.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = active.stream().map(Subscription::id).toList();
        FeeDays feeDays = new FeeDays(catalog.plans().stream().collect(Collectors.toMap(PricePlan::code, Function.identity())));
        Map<Long, List<TermChange>> histories = subscriptions.histories(companyId, ids);
        Map<Long, BigDecimal> extraPackages = usageCharges.extraPackagesBought(companyId, ids, month);
        Map<Long, MonthlyCharge> charges = new HashMap<>();
        for (Subscription subscription : active) {
            BigDecimal fee = BigDecimal.ZERO.setScale(2);
            for (Map.Entry<String, BitSet> plan : FeeDays.activeDays(subscription,
                    histories.getOrDefault(subscription.id(), List.of()), month).entrySet()) {
                fee = fee.add(feeDays.fresh(plan.getKey(), month, plan.getValue()));
            }
            charges.put(subscription.id(),
                    new MonthlyCharge(fee, extraPackages.getOrDefault(subscription.id(), BigDecimal.ZERO.setScale(2))));
        }
        return charges;
    }
}
