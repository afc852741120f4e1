package no.bedriftsportal.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;

/**
 * Who holds a subscription, with history ({@link Subscriptions#changeHolder}): the holder at a moment
 * is the latest entry effective on or before it. {@code subscription.employee_id} is kept as the
 * holder now: a change effective now or earlier sets it at once; a change dated in the future is
 * stored and set by {@link SubscriptionHolderJob} at the first daily run after it is due (until then
 * the current holder stays). Readers that need the holder at a moment — cost sharing — read the
 * history ({@link Subscriptions#holderPeriods}), exact to the moment whatever the job has done.
 */
@Service
class SubscriptionHolders {

    /** The {@code changed_by} of the first entry, written at activation. */
    static final String ACTIVATION = "activation";

    private final SubscriptionHolderRepository holders;
    private final SubscriptionRepository subscriptions;
    private final Companies companies;
    private final CompanyDataVersions dataVersions;
    private final Clock clock;

    SubscriptionHolders(SubscriptionHolderRepository holders, SubscriptionRepository subscriptions, Companies companies,
            CompanyDataVersions dataVersions, Clock clock) {
        this.holders = holders;
        this.subscriptions = subscriptions;
        this.companies = companies;
        this.dataVersions = dataVersions;
        this.clock = clock;
    }

    /** The first entry of a subscription just activated: its holder from the start of its first day. */
    void activated(long companyId, long subscriptionId, Long employeeId, LocalDate activeFrom) {
        holders.record(companyId, subscriptionId, startOf(activeFrom), employeeId, clock.instant(), ACTIVATION);
    }

    /**
     * Records that {@code employeeId} (null: no one) holds the subscription from {@code effectiveFrom},
     * which the caller has checked lies in the subscription's active days; the number is locked.
     */
    Subscription change(Subscription subscription, Long employeeId, Instant effectiveFrom, String by) {
        if (by == null || by.isBlank() || by.strip().length() > 200) {
            throw new IllegalArgumentException("who changes the holder must be named (1–200 characters)");
        }
        if (employeeId != null && companies.employee(subscription.companyId(), employeeId).isEmpty()) {
            throw new InvalidInputException("employeeId", "employee.unknown", "the employee does not belong to the company");
        }
        holders.record(subscription.companyId(), subscription.id(), effectiveFrom, employeeId, clock.instant(), by.strip());
        holders.keepCurrentInStep(subscription.companyId(), subscription.id(), clock.instant());
        dataVersions.changed(subscription.companyId());
        return subscriptions.find(subscription.companyId(), subscription.id()).orElseThrow();
    }

    /** Sets every subscription's current holder from the history where a dated change has become due. */
    @Transactional
    void catchUp() {
        dataVersions.changed(holders.keepCurrentInStep(null, null, clock.instant()));
    }

    List<HolderChange> history(Subscription subscription) {
        return holders.history(subscription.companyId(), subscription.id());
    }

    Map<Long, List<HolderPeriod>> periods(long companyId, Collection<Long> subscriptionIds, Instant from, Instant to) {
        if (subscriptionIds.isEmpty() || !from.isBefore(to)) {
            return Map.of();
        }
        return holders.periods(companyId, subscriptionIds, from, to);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Oslo.ZONE).toInstant();
    }
}
