package no.bedriftsportal.reporting;

import java.time.Instant;

/**
 * A report a user saved (#16.6): the catalogue's report and the page's query, so that running it
 * again is opening {@link #runHref()}; a relative period ({@code period=last-month}) makes it cover
 * a new period each time.
 *
 * @param ownerName the owner's name as the portal knows it now, or null when the owner is gone
 * @param schedule  its schedule, or null
 */
public record SavedReport(long id, long ownerId, String ownerName, String name, ReportKind kind, String query,
        ReportFormat format, Instant createdAt, Instant updatedAt, ReportSchedule schedule) {

    /** The report page with the saved query (the report page belongs to the report's controller). */
    public String runHref() {
        return "/reports/" + kind.code() + "?" + query;
    }

    /** The file in the saved format. */
    public String downloadHref() {
        return "/reports/" + kind.code() + "." + format.extension() + "?" + query;
    }

    ReportRequest request() {
        return SavedQuery.parse(kind, query);
    }

    SavedReport withSchedule(ReportSchedule other) {
        return new SavedReport(id, ownerId, ownerName, name, kind, query, format, createdAt, updatedAt, other);
    }
}
