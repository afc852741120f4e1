package no.bedriftsportal.subscription;

/** Who pays the automatic extra package: on the company invoice, or deducted from the employee's pay after it. */
public enum ExtraPackagePayer {
    COMPANY, SALARY
}
