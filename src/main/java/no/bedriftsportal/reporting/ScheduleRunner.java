package no.bedriftsportal.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.billing.InvoiceRunCompleted;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Sends scheduled reports (R4, ADR 0022). Every {@code portal.reports.schedule-tick} (a minute)
 * by the application {@link Clock}, and at once after a month's invoice run, each running
 * schedule's latest occurrence is sent if nobody has: the file is made with the owner's current
 * grants, then, in one transaction, the occurrence's row is inserted ({@code on conflict do
 * nothing}) and only the caller whose insert went in queues the mails. A second tick, a restart
 * or a second node finds the row and does nothing; after downtime only the latest missed
 * occurrence is sent. {@code portal.jobs.enabled=false} stops the ticks (the tests call
 * {@link #runDue()}).
 */
@Component
class ScheduleRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

    private final ScheduleStore store;
    private final ScheduleOwners owners;
    private final ReportMailer mailer;
    private final DeliveryWatch deliveries;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final AuditTrail audit;
    private final boolean enabled;
    private volatile boolean ready;

    ScheduleRunner(ScheduleStore store, ScheduleOwners owners, ReportMailer mailer, DeliveryWatch deliveries, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock, AuditTrail audit,
            @Value("${portal.jobs.enabled:true}") boolean enabled) {
        this.store = store;
        this.owners = owners;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.audit = audit;
        this.enabled = enabled;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        ready = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Scheduled(fixedDelayString = "${portal.reports.schedule-tick:60s}", initialDelayString = "${portal.reports.schedule-tick:60s}")
    void tick() {
        if (enabled && ready) {
            runDue();
            deliveries.check();
        }
    }

    /** A month was invoiced: schedules "after the invoice" whose time of day has come go now, the rest at their time. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void invoiceRunCompleted(InvoiceRunCompleted run) {
        try {
            ownTransaction.executeWithoutResult(status -> runDue()); // not in the invoice run's transaction, committed by now
        } catch (RuntimeException e) {
            log.error("Scheduled reports after the invoice run of {} failed; the next tick tries again", run.month(), e);
        }
    }

    /** Sends every running schedule's latest occurrence that is due and not sent; answers how many runs this call claimed. */
    int runDue() {
        Instant now = clock.instant();
        Optional<ScheduleTimes.InvoiceRun> lastInvoiceRun = lastInvoiceRun();
        int claimed = 0;
        for (ScheduleStore.Due due : store.running()) {
            try {
                if (run(due, now, lastInvoiceRun)) {
                    claimed++;
                }
            } catch (RuntimeException e) {
                log.error("Schedule {} of company {} failed; the next tick tries again", due.schedule().id(), due.companyId(), e);
            }
        }
        return claimed;
    }

    private boolean run(ScheduleStore.Due due, Instant now, Optional<ScheduleTimes.InvoiceRun> lastInvoiceRun) {
        ReportSchedule schedule = due.schedule();
        Optional<Occurrence> latest = ScheduleTimes.latest(schedule.timing(), now, lastInvoiceRun)
                .filter(occurrence -> !occurrence.dueAt().isBefore(schedule.activeFrom()));
        if (latest.isEmpty() || store.claimed(due.companyId(), schedule.id(), latest.get().key())) {
            return false;
        }
        Occurrence occurrence = latest.get();
        ScheduleOwners.Access access = owners.access(due.companyId(), due.ownerId());
        if (access.pausedReason() != null) {
            store.pause(due.companyId(), schedule.id(), access.pausedReason());
            log.info("Schedule {} of company {} paused: {}", schedule.id(), due.companyId(), access.pausedReason());
            return false;
        }
        ReportMailer.Rendered file = null;
        String error;
        try {
            file = mailer.render(access.scope(), SavedQuery.parse(due.kind(), due.query()), schedule.format(), owners.locale(due.companyId()));
            error = null;
        } catch (InvalidInputException e) {
            error = e.getMessage();
        } catch (TransientDataAccessException | DataAccessResourceFailureException e) {
            log.warn("Schedule {} of company {} waits for the database; the next tick tries again: {}", schedule.id(),
                    due.companyId(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            log.error("Schedule {} of company {} could not make its report", schedule.id(), due.companyId(), e);
            error = "The report could not be made: " + e.getClass().getSimpleName();
        }
        ReportMailer.Rendered made = file;
        String failure = error;
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            ScheduleStore.RunOutcome outcome = new ScheduleStore.RunOutcome(schedule.recipients(),
                    made == null ? null : made.rows(), made == null ? null : (long) made.size(), failure);
            if (!store.claim(due.companyId(), schedule.id(), occurrence, now, outcome)) {
                return false; // another tick or node sent it
            }
            if (made == null) {
                store.failureReported(due.companyId(), schedule.id(), occurrence.key(), now);
                owners.tellFailed(due.companyId(), due.ownerId(), due.reportName(), schedule.recipients());
            } else {
                List<Long> mailIds = mailer.queue(due.companyId(), made, schedule.recipients(), schedule.message(),
                        owners.locale(due.companyId()));
                store.mailsQueued(due.companyId(), schedule.id(), occurrence.key(), mailIds);
                audit.changedBySchedule(due.companyId(), "report-schedule:" + schedule.id(), due.reportName(), Change.REPORT_SENT,
                        List.of(made.heading().title(), ReportMailer.period(made.report()),
                                String.join(", ", schedule.recipients())));
            }
            return true;
        }));
    }

    /** The latest month invoiced and when its run was made (billing's own table, read as cost sharing reads it). */
    private Optional<ScheduleTimes.InvoiceRun> lastInvoiceRun() {
        return jdbc.sql("select month, started_at from invoice_run order by month desc limit 1")
                .query((rs, n) -> new ScheduleTimes.InvoiceRun(YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getTimestamp("started_at").toInstant()))
                .optional();
    }
}
