package no.bedriftsportal.identity;

import java.time.LocalDate;

/**
 * Which entries of the audit log to show: all of one action, of one person (as actor or as the
 * person concerned: a mobile number or part of a name), within a date range (Oslo days, both
 * included). Each part is null when not asked for.
 */
record AuditFilter(String action, String person, LocalDate from, LocalDate to) {

    static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
