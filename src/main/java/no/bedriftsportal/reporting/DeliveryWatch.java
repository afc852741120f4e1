package no.bedriftsportal.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.messaging.MailOutbox;

/**
 * Tells a schedule's owner, once per run, when the outbox gave up a mail of it (FAILED after its
 * retries, or REJECTED by the server): the owner sees the log only when they look, and a report
 * that silently stops arriving is worse than none. Runs whose mails are all settled and sent are
 * looked at until {@link #WATCHED} has passed.
 */
@Component
class DeliveryWatch {

    /** The outbox retries for hours, not days: a run is watched for a week. */
    static final Duration WATCHED = Duration.ofDays(7);

    private final ScheduleStore store;
    private final MailOutbox outbox;
    private final ScheduleOwners owners;
    private final SavedReportStore reports;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DeliveryWatch(ScheduleStore store, MailOutbox outbox, ScheduleOwners owners, SavedReportStore reports,
            PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.owners = owners;
        this.reports = reports;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Tells the owners of runs with a mail given up; answers how many were told. */
    int check() {
        Instant now = clock.instant();
        int told = 0;
        for (ScheduleStore.StoredRun run : store.unreported(now.minus(WATCHED))) {
            List<String> failed = ReportSchedules.mails(run, outbox).stream().filter(ScheduleRun.SentMail::givenUp)
                    .map(ScheduleRun.SentMail::recipient).toList();
            if (!failed.isEmpty() && Boolean.TRUE.equals(ownTransaction.execute(status -> tell(run, failed, now)))) {
                told++;
            }
        }
        return told;
    }

    private boolean tell(ScheduleStore.StoredRun run, List<String> failed, Instant now) {
        if (!store.failureReported(run.companyId(), run.scheduleId(), run.occurrence(), now)) {
            return false; // told already, by another node
        }
        store.find(run.companyId(), run.scheduleId())
                .flatMap(schedule -> reports.find(run.companyId(), schedule.savedReportId()))
                .ifPresent(report -> owners.tellFailed(run.companyId(), report.ownerId(), report.name(), failed));
        return true;
    }
}
