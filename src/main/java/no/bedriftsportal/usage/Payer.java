package no.bedriftsportal.usage;

/** Who pays an extra data package (CATALOG.md, "Extra data packages"). */
public enum Payer {
    /** On the company invoice. */
    COMPANY,
    /** On the company invoice, then deducted from the employee's pay. */
    SALARY,
    /** Paid by the employee with Vipps: never on the company invoice. */
    VIPPS
}
