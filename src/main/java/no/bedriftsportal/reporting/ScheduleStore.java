package no.bedriftsportal.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;

/**
 * Schedules and their runs (V37). A run is claimed by inserting its occurrence's row: the insert
 * that finds the row already there does nothing and answers false, so only one caller sends.
 */
@Repository
class ScheduleStore {

    private static final String COLUMNS = """
            s.schedule_id, s.saved_report_id, s.cadence, s.weekday, s.day_of_month, s.time_of_day, s.format, s.recipients,
            s.message, s.enabled, s.paused_reason, s.active_from""";

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedules of these saved reports, by saved report. */
    Map<Long, ReportSchedule> ofReports(long companyId, Collection<Long> savedReportIds) {
        return jdbc.sql("select " + COLUMNS + " from report_schedule s where s.company_id = :company and s.saved_report_id = any(:ids)")
                .param("company", companyId).param("ids", SqlArrays.bigints(savedReportIds))
                .query(ScheduleStore::schedule).list().stream()
                .collect(Collectors.toMap(ReportSchedule::savedReportId, Function.identity()));
    }

    Optional<ReportSchedule> find(long companyId, long scheduleId) {
        return jdbc.sql("select " + COLUMNS + " from report_schedule s where s.company_id = :company and s.schedule_id = :id")
                .param("company", companyId).param("id", scheduleId).query(ScheduleStore::schedule).optional();
    }

    /** Makes or changes the saved report's schedule; it runs (switched on, not paused) from now. */
    long save(long companyId, long savedReportId, ScheduleForm form, Instant now) {
        return jdbc.sql("""
                insert into report_schedule (company_id, saved_report_id, cadence, weekday, day_of_month, time_of_day, format,
                                             recipients, message, enabled, active_from, created_at, updated_at)
                values (:company, :report, :cadence, :weekday, :day, :time, :format, :recipients, :message, true, :now, :now, :now)
                on conflict (company_id, saved_report_id) do update set
                    cadence = excluded.cadence, weekday = excluded.weekday, day_of_month = excluded.day_of_month,
                    time_of_day = excluded.time_of_day, format = excluded.format, recipients = excluded.recipients,
                    message = excluded.message, enabled = true, paused_reason = null, active_from = excluded.active_from,
                    updated_at = excluded.updated_at
                returning schedule_id""")
                .param("company", companyId).param("report", savedReportId).param("cadence", form.cadence().name())
                .param("weekday", form.weekday()).param("day", form.dayOfMonth()).param("time", Time.valueOf(form.timeOfDay()))
                .param("format", form.format().name()).param("recipients", SqlArrays.texts(form.recipients()))
                .param("message", form.message()).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Switched on, it runs from now (and a pause ends: the owner's access is checked again at the next run). */
    void switchTo(long companyId, long scheduleId, boolean on, Instant now) {
        jdbc.sql("""
                update report_schedule set enabled = :on, updated_at = :now,
                    paused_reason = case when :on then null else paused_reason end,
                    active_from = case when :on then :now else active_from end
                where company_id = :company and schedule_id = :id""")
                .param("company", companyId).param("id", scheduleId).param("on", on).param("now", Timestamp.from(now)).update();
    }

    void delete(long companyId, long scheduleId) {
        jdbc.sql("delete from report_schedule where company_id = :company and schedule_id = :id")
                .param("company", companyId).param("id", scheduleId).update();
    }

    void pause(long companyId, long scheduleId, String reason) {
        jdbc.sql("update report_schedule set paused_reason = :reason where company_id = :company and schedule_id = :id")
                .param("company", companyId).param("id", scheduleId).param("reason", reason).update();
    }

    /** Every company's schedules that may run, with their saved reports: for the runner, on the operator's connections. */
    List<Due> running() {
        return jdbc.sql("select s.company_id, r.owner_id, r.name, r.kind, r.query, " + COLUMNS + """
                 from report_schedule s
                join saved_report r on r.company_id = s.company_id and r.saved_report_id = s.saved_report_id
                where s.enabled and s.paused_reason is null
                order by s.company_id, s.schedule_id""")
                .query((rs, n) -> new Due(rs.getLong("company_id"), rs.getLong("owner_id"), rs.getString("name"),
                        SavedQuery.kind(rs.getString("kind")), rs.getString("query"), schedule(rs, n)))
                .list();
    }

    boolean claimed(long companyId, long scheduleId, String occurrence) {
        return jdbc.sql("""
                select exists (select 1 from report_schedule_run
                               where company_id = :company and schedule_id = :id and occurrence = :occurrence)""")
                .param("company", companyId).param("id", scheduleId).param("occurrence", occurrence).query(Boolean.class).single();
    }

    /**
     * Claims the occurrence for this caller and records what it did; false (and nothing written) when
     * another caller claimed it first. Call it in the transaction that queues the mails.
     */
    boolean claim(long companyId, long scheduleId, Occurrence occurrence, Instant now, RunOutcome outcome) {
        return jdbc.sql("""
                insert into report_schedule_run (company_id, schedule_id, occurrence, due_at, ran_at, status, recipients, rows,
                                                 size_bytes, mail_ids, error)
                values (:company, :id, :occurrence, :due, :now, :status, :recipients, :rows, :size, '{}', :error)
                on conflict do nothing""")
                .param("company", companyId).param("id", scheduleId).param("occurrence", occurrence.key())
                .param("due", Timestamp.from(occurrence.dueAt())).param("now", Timestamp.from(now))
                .param("status", outcome.failed() ? "FAILED" : "QUEUED").param("recipients", SqlArrays.texts(outcome.recipients()))
                .param("rows", outcome.rows()).param("size", outcome.sizeBytes())
                .param("error", outcome.error())
                .update() == 1;
    }

    /** The mails the claiming caller queued for the run, in its recipients' order. */
    void mailsQueued(long companyId, long scheduleId, String occurrence, List<Long> mailIds) {
        jdbc.sql("""
                update report_schedule_run set mail_ids = :mails
                where company_id = :company and schedule_id = :id and occurrence = :occurrence""")
                .param("company", companyId).param("id", scheduleId).param("occurrence", occurrence)
                .param("mails", SqlArrays.bigints(mailIds)).update();
    }

    /** A schedule's runs, newest first. */
    List<StoredRun> runs(long companyId, long scheduleId, int limit) {
        return jdbc.sql("""
                select company_id, schedule_id, occurrence, due_at, ran_at, status, recipients, rows, size_bytes, mail_ids, error,
                       failure_reported_at
                from report_schedule_run where company_id = :company and schedule_id = :id
                order by due_at desc, ran_at desc limit :limit""")
                .param("company", companyId).param("id", scheduleId).param("limit", limit)
                .query(ScheduleStore::storedRun).list();
    }

    /** Every company's runs since {@code since} whose mails went to the outbox and whose owner has not been told of a failure. */
    List<StoredRun> unreported(Instant since) {
        return jdbc.sql("""
                select company_id, schedule_id, occurrence, due_at, ran_at, status, recipients, rows, size_bytes, mail_ids, error,
                       failure_reported_at
                from report_schedule_run where status = 'QUEUED' and failure_reported_at is null and ran_at >= :since""")
                .param("since", Timestamp.from(since)).query(ScheduleStore::storedRun).list();
    }

    /** Marks the run's failure as told; false when another caller did first (the owner is told once). */
    boolean failureReported(long companyId, long scheduleId, String occurrence, Instant now) {
        return jdbc.sql("""
                update report_schedule_run set failure_reported_at = :now
                where company_id = :company and schedule_id = :id and occurrence = :occurrence and failure_reported_at is null""")
                .param("company", companyId).param("id", scheduleId).param("occurrence", occurrence)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** A running schedule with what the runner needs of its saved report. */
    record Due(long companyId, long ownerId, String reportName, ReportKind kind, String query, ReportSchedule schedule) {
    }

    /** A run as stored; its mails' states are read from the outbox. */
    record StoredRun(long companyId, long scheduleId, String occurrence, Instant dueAt, Instant ranAt, String status,
            List<String> recipients, Long rows, Long sizeBytes, List<Long> mailIds, String error, Instant failureReportedAt) {
    }

    /** What a run did, as its row records it (its mails are added once queued: {@link #mailsQueued}). */
    record RunOutcome(List<String> recipients, Long rows, Long sizeBytes, String error) {

        boolean failed() {
            return error != null;
        }
    }

    private static ReportSchedule schedule(ResultSet rs, int row) throws SQLException {
        return new ReportSchedule(rs.getLong("schedule_id"), rs.getLong("saved_report_id"), Cadence.valueOf(rs.getString("cadence")),
                (Integer) rs.getObject("weekday", Integer.class), (Integer) rs.getObject("day_of_month", Integer.class),
                rs.getTime("time_of_day").toLocalTime(), ReportFormat.valueOf(rs.getString("format")),
                texts(rs.getArray("recipients")), rs.getString("message"), rs.getBoolean("enabled"), rs.getString("paused_reason"),
                rs.getTimestamp("active_from").toInstant());
    }

    private static StoredRun storedRun(ResultSet rs, int row) throws SQLException {
        Timestamp reported = rs.getTimestamp("failure_reported_at");
        return new StoredRun(rs.getLong("company_id"), rs.getLong("schedule_id"), rs.getString("occurrence"),
                rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("ran_at").toInstant(), rs.getString("status"),
                texts(rs.getArray("recipients")), (Long) rs.getObject("rows", Long.class), (Long) rs.getObject("size_bytes", Long.class),
                Arrays.asList((Long[]) rs.getArray("mail_ids").getArray()), rs.getString("error"),
                reported == null ? null : reported.toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
