package no.bedriftsportal.subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every subscription by number with the dated history of its terms: what the usage feed needs to
 * find, for a record, the subscription active at its time and the terms then in effect. A
 * snapshot, read once per file; not thread-safe.
 */
public final class SubscriptionDirectory {

    private final Map<String, List<Entry>> byNumber;

    SubscriptionDirectory(List<Subscription> subscriptions, Map<Long, List<TermChange>> changesBySubscription) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (Subscription subscription : subscriptions) {
            index.computeIfAbsent(subscription.msisdn().value(), number -> new ArrayList<>(1))
                    .add(new Entry(subscription, changesBySubscription.getOrDefault(subscription.id(), List.of())));
        }
        this.byNumber = index;
    }

    /** The subscription of this number (E.164) active on the day, with its terms that day. */
    public Optional<ActiveLine> activeOn(String msisdn, LocalDate day) {
        List<Entry> entries = byNumber.get(msisdn);
        if (entries == null) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            if (entry.subscription().activeOn(day)) {
                return Optional.of(new ActiveLine(entry.subscription(), entry.termsOn(day)));
            }
        }
        return Optional.empty();
    }

    public int size() {
        return byNumber.values().stream().mapToInt(List::size).sum();
    }

    /** A subscription and its terms on one day. */
    public record ActiveLine(Subscription subscription, SubscriptionTerms terms) {
    }

    /** Remembers the last day asked: records come in time order, so most asks are for the same day. */
    private static final class Entry {

        private final Subscription subscription;
        private final List<TermChange> changes;
        private LocalDate lastDay;
        private SubscriptionTerms lastTerms;

        Entry(Subscription subscription, List<TermChange> changes) {
            this.subscription = subscription;
            this.changes = changes;
        }

        Subscription subscription() {
            return subscription;
        }

        SubscriptionTerms termsOn(LocalDate day) {
            if (!day.equals(lastDay)) {
                lastTerms = SubscriptionTerms.from(changes, day);
                lastDay = day;
            }
            return lastTerms;
        }
    }
}
