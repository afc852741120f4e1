package no.bedriftsportal.usage;

/** What became of a delivered file. */
public enum CdrFileStatus {
    /** Every record rated, a duplicate or rejected. */
    INGESTED,
    /** Refused whole for a reason of its own: nothing of it counts. */
    REFUSED
}
