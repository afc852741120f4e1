package no.bedriftsportal.shared;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Work done once a day by the application clock (Europe/Oslo), at or after {@link #runsAt()}:
 * the invoice run, retention. {@link DailyJobs} runs it, so that moving the clock moves the jobs.
 * It must be safe to run again (a job that did its day's work already does nothing).
 */
public interface DailyJob {

    /** A short name for the log and the test clock's answer, e.g. {@code invoice-run}. */
    String name();

    /** The Oslo time of day from which the job is due. */
    LocalTime runsAt();

    /**
     * Does the work of {@code day}: today's, or an earlier day's when the application was down or
     * the clock jumped over its time (then the work is done as it would have been that day).
     */
    void run(LocalDate day);
}
