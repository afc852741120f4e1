package no.bedriftsportal.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MailState;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Planlagt utsendelse (R4, #16.6): a saved report's schedule set, switched, changed or deleted by
 * whoever may change the saved report, each change audited; and the schedule's send log, each
 * mail's state read from the outbox. The {@link ScheduleRunner} sends.
 */
@Service
public class ReportSchedules {

    static final int LOG_LENGTH = 50;

    private final SavedReports saved;
    private final ScheduleStore store;
    private final RecipientRules recipients;
    private final MailOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ReportSchedules(SavedReports saved, ScheduleStore store, RecipientRules recipients, MailOutbox outbox, AuditTrail audit,
            Clock clock) {
        this.saved = saved;
        this.store = store;
        this.recipients = recipients;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets or changes the saved report's schedule (its recipients checked); it runs from now on. */
    @Transactional
    ReportSchedule save(Requester requester, long savedReportId, ScheduleForm form) {
        SavedReport report = saved.get(requester, savedReportId);
        List<String> checked = recipients.check(requester.companyId(), form.recipients());
        ScheduleForm clean = new ScheduleForm(form.cadence(), form.weekday(), form.dayOfMonth(), form.timeOfDay(), form.format(),
                checked, form.message());
        long id = store.save(requester.companyId(), savedReportId, clean, clock.instant());
        audit.changed(Change.REPORT_SCHEDULE_SAVED, clean.cadence().name(), List.of(report.name(), describe(clean),
                String.join(", ", checked)));
        return store.find(requester.companyId(), id).orElseThrow();
    }

    /** Saves the report and gives it the schedule, both or neither (a refused recipient saves nothing). */
    @Transactional
    SavedReport saveWithSchedule(Requester requester, String code, String query, String name, ScheduleForm form) {
        SavedReport report = saved.save(requester, code, query, name, form.format());
        save(requester, report.id(), form);
        return saved.get(requester, report.id());
    }

    @Transactional
    ReportSchedule switchTo(Requester requester, long savedReportId, boolean on) {
        SavedReport report = saved.get(requester, savedReportId);
        ReportSchedule schedule = scheduleOf(report);
        store.switchTo(requester.companyId(), schedule.id(), on, clock.instant());
        audit.changed(Change.REPORT_SCHEDULE_SWITCHED, on ? "ON" : "OFF", List.of(report.name()));
        return store.find(requester.companyId(), schedule.id()).orElseThrow();
    }

    @Transactional
    void delete(Requester requester, long savedReportId) {
        SavedReport report = saved.get(requester, savedReportId);
        store.delete(requester.companyId(), scheduleOf(report).id());
        audit.changed(Change.REPORT_SCHEDULE_DELETED, report.name());
    }

    /** The saved report a schedule belongs to, when the requester sees it. */
    @Transactional(readOnly = true)
    SavedReport reportOf(Requester requester, long scheduleId) {
        ReportSchedule schedule = store.find(requester.companyId(), scheduleId)
                .orElseThrow(() -> new NotFoundException("schedule " + scheduleId));
        return saved.get(requester, schedule.savedReportId());
    }

    /** The schedule's send log, newest first: each run and each of its mails as the outbox has it now. */
    @Transactional(readOnly = true)
    List<ScheduleRun> runs(Requester requester, long savedReportId) {
        ReportSchedule schedule = scheduleOf(saved.get(requester, savedReportId));
        List<ScheduleRun> runs = new ArrayList<>();
        for (ScheduleStore.StoredRun run : store.runs(requester.companyId(), schedule.id(), LOG_LENGTH)) {
            runs.add(new ScheduleRun(run.occurrence(), run.dueAt(), run.ranAt(), run.status(), run.recipients(), run.rows(),
                    run.sizeBytes(), run.error(), run.failureReportedAt(), mails(run, outbox)));
        }
        return runs;
    }

    /** Each mail of a run, with its recipient (the run's recipients are in the mails' order). */
    static List<ScheduleRun.SentMail> mails(ScheduleStore.StoredRun run, MailOutbox outbox) {
        List<ScheduleRun.SentMail> mails = new ArrayList<>();
        for (int i = 0; i < run.mailIds().size(); i++) {
            long mailId = run.mailIds().get(i);
            String to = i < run.recipients().size() ? run.recipients().get(i) : "";
            outbox.status(run.companyId(), mailId).ifPresent((MailState state) -> mails.add(new ScheduleRun.SentMail(mailId, to,
                    state.status().name(), state.attempts(), state.lastError(), state.sentAt())));
        }
        return mails;
    }

    private static ReportSchedule scheduleOf(SavedReport report) {
        if (report.schedule() == null) {
            throw new NotFoundException("schedule of saved report " + report.id());
        }
        return report.schedule();
    }

    /** When, in the audit log's words: {@code WEEKLY 1 07:00}, {@code MONTHLY 31 07:00}, {@code AFTER_INVOICE 07:00}. */
    private static String describe(ScheduleForm form) {
        return switch (form.cadence()) {
            case WEEKLY -> form.weekday() + " " + form.timeOfDay();
            case MONTHLY -> form.dayOfMonth() + " " + form.timeOfDay();
            case AFTER_INVOICE -> form.timeOfDay().toString();
        };
    }
}
