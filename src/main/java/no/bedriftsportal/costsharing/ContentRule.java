package no.bedriftsportal.costsharing;

/** What happens to an employee's private content-service purchases (COST-SHARING.md, "What a profile holds"). */
public enum ContentRule {
    /** The company pays; private purchases above the yearly threshold are a taxable benefit. */
    BENEFIT,
    /** The part of the private purchases above the yearly threshold is deducted from salary. */
    DEDUCT_ABOVE_THRESHOLD,
    /** Every private purchase is deducted from salary. */
    DEDUCT_ALL_PRIVATE
}
