package no.bedriftsportal.reporting;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * When and to whom a saved report goes by itself (R4). It runs with the saved report's owner's
 * grants as they are at each run (ADR 0022): an owner without access any more pauses it, with
 * {@link #pausedReason()} saying why.
 *
 * @param weekday      ISO day of week (1 = Monday) for {@link Cadence#WEEKLY}, else null
 * @param dayOfMonth   1–31 for {@link Cadence#MONTHLY} (past a short month's end: its last day), else null
 * @param pausedReason a message key, or null while it may run
 * @param activeFrom   occurrences due before this are not sent (set when the schedule is made, changed or switched on)
 */
public record ReportSchedule(long id, long savedReportId, Cadence cadence, Integer weekday, Integer dayOfMonth,
        LocalTime timeOfDay, ReportFormat format, List<String> recipients, String message, boolean enabled,
        String pausedReason, Instant activeFrom) {

    public ReportSchedule {
        recipients = List.copyOf(recipients);
    }

    /** Whether the runner sends it: switched on and not paused. */
    public boolean running() {
        return enabled && pausedReason == null;
    }

    /** The last day of the month, as the form offers it. */
    public static final int LAST_DAY = 31;

    ScheduleTimes.ScheduleTiming timing() {
        return new ScheduleTimes.ScheduleTiming(cadence, weekday, dayOfMonth, timeOfDay);
    }
}
