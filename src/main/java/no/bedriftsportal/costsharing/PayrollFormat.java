package no.bedriftsportal.costsharing;

/** The payroll systems a month's final results can be exported for (COST-SHARING.md, "Payroll files"; docs/payroll-files.md). */
public enum PayrollFormat {
    /** Visma Lønn: variable pay data, semicolon-separated. */
    VISMA_LONN,
    /** Tripletex: semicolon CSV. */
    TRIPLETEX,
    /** Huldt &amp; Lillevik: fixed width ASCII, amounts in øre. */
    HULDT_LILLEVIK,
    /** A plain CSV for SAP, Agresso and others. */
    CSV
}
