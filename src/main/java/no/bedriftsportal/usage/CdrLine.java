package no.bedriftsportal.usage;

/** What the parser makes of one data record of a CDR file: parsed, or rejected with a reason. */
public sealed interface CdrLine permits ParsedCdr, RejectedCdr {

    /** The physical line where the record starts; the header is line 1. */
    int lineNumber();

    /** The record's {@code cdr_id}; null for a rejected record without a valid one. */
    String cdrId();
}
