package no.bedriftsportal.shared.audit;

/**
 * Changes of consequence a module records in the audit log (S3: "rule changes"); each is an action
 * of the log with its name {@code audit.action.<NAME>} and words {@code audit.words.<NAME>}
 * (argument: the reference).
 */
public enum Change {
    /** A cost-sharing profile was created, copied or changed (a new version); reference: the profile's name and version. */
    COSTSHARING_PROFILE_SAVED,
    /** A cost-sharing profile was deleted; reference: its name. */
    COSTSHARING_PROFILE_DELETED,
    /** The company's cost-sharing settings were saved; reference: the version. */
    COSTSHARING_SETTINGS_SAVED
}
