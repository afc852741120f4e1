package no.bedriftsportal.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.bedriftsportal.identity.EmployeePrincipal;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.HolderPeriod;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.OwnEvents;

/**
 * The subscriptions an employee holds today, and the times they held them: the only subscriptions
 * whose data their page shows. A subscription of another employee is not found, whatever its id.
 */
@Component
class OwnSubscriptions {

    private final Subscriptions subscriptions;
    private final Clock clock;

    OwnSubscriptions(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** The employee's subscriptions active today, the one they logged in with first. */
    List<Subscription> held(EmployeePrincipal me) {
        LocalDate today = Oslo.today(clock);
        List<Subscription> held = new ArrayList<>(subscriptions.ofEmployees(AccessScope.wholeCompany(me.companyId()),
                List.of(me.employeeId())).stream().filter(subscription -> subscription.activeOn(today)).toList());
        held.sort((a, b) -> Boolean.compare(!a.msisdn().value().equals(me.msisdn()), !b.msisdn().value().equals(me.msisdn())));
        return held;
    }

    /** One of the employee's subscriptions: the asked-for one when it is theirs, else the first. */
    Subscription chosen(EmployeePrincipal me, Long subscriptionId) {
        return chosen(held(me), subscriptionId);
    }

    /** The same among subscriptions already read with {@link #held}. */
    static Subscription chosen(List<Subscription> held, Long subscriptionId) {
        if (subscriptionId == null) {
            return held.stream().findFirst().orElseThrow(() -> new NotFoundException("subscription"));
        }
        Optional<Subscription> found = held.stream().filter(subscription -> subscription.id() == subscriptionId).findFirst();
        return found.orElseThrow(() -> new NotFoundException("subscription " + subscriptionId));
    }

    /** The times the employee held the subscription from {@code from} until now. */
    List<OwnEvents.Window> windows(EmployeePrincipal me, Subscription subscription, Instant from) {
        Instant now = clock.instant();
        List<HolderPeriod> periods = subscriptions.holderPeriods(me.companyId(), List.of(subscription.id()), from, now)
                .getOrDefault(subscription.id(), List.of());
        return periods.stream().filter(period -> Long.valueOf(me.employeeId()).equals(period.employeeId()))
                .map(period -> new OwnEvents.Window(subscription.id(), period.from(), period.to() == null ? now : period.to()))
                .toList();
    }
}
