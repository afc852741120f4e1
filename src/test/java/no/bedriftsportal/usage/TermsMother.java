package no.bedriftsportal.usage;

/** Subscription terms for rating tests. */
final class TermsMother {

    static final long SUBSCRIPTION_ID = 4711;

    private TermsMother() {
    }

    static SubscriptionTerms onPlan(String planCode) {
        return new SubscriptionTerms(SUBSCRIPTION_ID, planCode, false, null, null);
    }

    static SubscriptionTerms withDataControl(String planCode) {
        return new SubscriptionTerms(SUBSCRIPTION_ID, planCode, true, null, null);
    }

    static SubscriptionTerms withAutomaticExtraPackage(String planCode, String extraPackageCode, Payer payer) {
        return new SubscriptionTerms(SUBSCRIPTION_ID, planCode, false, extraPackageCode, payer);
    }
}
