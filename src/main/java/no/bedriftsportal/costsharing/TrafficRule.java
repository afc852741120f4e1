package no.bedriftsportal.costsharing;

/** Traffic the employee pays (COST-SHARING.md, step T1; SPEC IC4). A piece matching several counts once. */
public enum TrafficRule {
    /** Data pieces in bucket {@code outside_package} that are not in category {@code abroad}. */
    DATA_WITHOUT_PACKAGE,
    /** Pieces in category {@code outside_fixed_price} (content services left out). */
    OUTSIDE_FIXED_PRICE,
    /** Pieces in category {@code abroad}. */
    ABROAD,
    /** Pieces with an amount whose event started outside the company's working hours. */
    OUTSIDE_WORKING_HOURS
}
