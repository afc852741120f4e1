package no.bedriftsportal.usage;

/** Which door a CDR file came through; all three share one code path. */
public enum CdrSource {
    SPOOL, UPLOAD, DEMO
}
