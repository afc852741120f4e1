package no.bedriftsportal.billing;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.TermChange;

/**
 * The fee lines of one customer number's subscriptions in a run: what {@link FeeDays} finds to bill
 * and credit against the ledger, with each subscription then recorded as settled through the month
 * run. A subscription the last run settled and that has not changed since (same dates, same plan
 * changes) has nothing to correct in the months invoiced: only the new month is worked out and its
 * ledger is not read, so a run costs the same in the 36th month as in the first.
 */
@Component
class ReconcileFees {

    private final FeeLedger ledger;

    ReconcileFees(FeeLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * @param histories each subscription's term changes in date order
     * @param since     the first month ever invoiced
     * @return each subscription's fee charges, in month and day order; to be written on this run's invoice
     */
    Map<Long, List<FeeCharge>> reconcile(long companyId, List<Subscription> subscriptions, Map<Long, List<TermChange>> histories,
            FeeDays feeDays, YearMonth since, YearMonth month) {
        List<Long> ids = subscriptions.stream().map(Subscription::id).toList();
        Map<Long, FeeLedger.Settled> settled = ledger.settled(companyId, ids);
        Set<Long> changed = subscriptions.stream()
                .filter(subscription -> !FeeLedger.Settled.of(subscription, history(histories, subscription), month.minusMonths(1))
                        .equals(settled.get(subscription.id())))
                .map(Subscription::id).collect(Collectors.toSet());
        Map<Long, List<FeeLedger.Entry>> entries = changed.isEmpty() ? Map.of() : ledger.entries(companyId, changed);
        Map<Long, List<FeeCharge>> charges = new HashMap<>();
        for (Subscription subscription : subscriptions) {
            List<TermChange> history = history(histories, subscription);
            charges.put(subscription.id(), changed.contains(subscription.id())
                    ? feeDays.charges(subscription, history, entries.getOrDefault(subscription.id(), List.of()), since, month)
                    : feeDays.charges(subscription, history, List.of(), month, month));
        }
        ledger.settle(companyId, subscriptions.stream()
                .map(subscription -> FeeLedger.Settled.of(subscription, history(histories, subscription), month)).toList());
        return charges;
    }

    private static List<TermChange> history(Map<Long, List<TermChange>> histories, Subscription subscription) {
        return histories.getOrDefault(subscription.id(), List.of());
    }
}
