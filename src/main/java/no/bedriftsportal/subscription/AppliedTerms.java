package no.bedriftsportal.subscription;

/** The terms that steer rating before and after a change made in the portal. */
public record AppliedTerms(Subscription subscription, SubscriptionTerms before, SubscriptionTerms after) {

    public boolean dataControlChanged() {
        return before.dataControl() != after.dataControl();
    }
}
