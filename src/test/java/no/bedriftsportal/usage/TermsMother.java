package no.bedriftsportal.usage;

/** Subscription terms for rating tests. */
final class TermsMother {

    static final long SUBSCRIPTION_ID = 4711;

    private TermsMother() {
    }

    static RatingTerms onPlan(String planCode) {
        return new RatingTerms(SUBSCRIPTION_ID, planCode, false, null, null);
    }

    static RatingTerms withDataControl(String planCode) {
        return new RatingTerms(SUBSCRIPTION_ID, planCode, true, null, null);
    }

    static RatingTerms withAutomaticExtraPackage(String planCode, String extraPackageCode, Payer payer) {
        return new RatingTerms(SUBSCRIPTION_ID, planCode, false, extraPackageCode, payer);
    }
}
