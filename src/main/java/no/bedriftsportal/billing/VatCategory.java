package no.bedriftsportal.billing;

/**
 * The EN 16931 VAT category (UNCL 5305) of each of our VAT rates. 0 % lines are content services
 * outside the VAT act, such as donations (DOMAIN-RULES.md "Money"). Category O ("not subject to
 * VAT") would describe them best, but BR-O-11 forbids mixing O with other categories on one
 * invoice, and ours always carry 25 % lines too; E ("exempt") with a reason text is the category
 * the rules accept beside S.
 */
enum VatCategory {
    STANDARD("S", 25, null),
    EXEMPT("E", 0, "Utenfor merverdiavgiftsloven (gave/innsamling)");

    private final String code;
    private final int rate;
    private final String exemptionReason;

    VatCategory(String code, int rate, String exemptionReason) {
        this.code = code;
        this.rate = rate;
        this.exemptionReason = exemptionReason;
    }

    static VatCategory of(int vatRate) {
        for (VatCategory category : values()) {
            if (category.rate == vatRate) {
                return category;
            }
        }
        throw new IllegalArgumentException("no VAT category for rate " + vatRate);
    }

    String code() {
        return code;
    }

    int rate() {
        return rate;
    }

    /** Required for E (BR-E-10); null for S. */
    String exemptionReason() {
        return exemptionReason;
    }
}
