package no.bedriftsportal.usage;

/** The dashboard's split of a rated piece (CATALOG.md, "How an event is rated", rule 3). */
public enum Category {
    FIXED_PRICE("fixed_price"),
    OUTSIDE_FIXED_PRICE("outside_fixed_price"),
    ABROAD("abroad");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    /** The spelling CATALOG.md uses, for storage. */
    public String code() {
        return code;
    }

    /** Abroad wins over the plan: roaming and foreign numbers are shown as such even when included. */
    static Category of(boolean abroad, boolean includedInPlan) {
        if (abroad) {
            return ABROAD;
        }
        return includedInPlan ? FIXED_PRICE : OUTSIDE_FIXED_PRICE;
    }
}
