package no.bedriftsportal.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.UsageIngested;

/**
 * Evaluates the alert rules as usage is ingested (X2, #18.2): after each CDR file commits, the checks of the
 * enabled rules look at only the subscriptions and months the file touched, in the rollups. Each occurrence is
 * recorded once (its key in the database); a new one of the current period (by the clock) is told through the
 * outboxes in the same transaction, one of history is listed but tells nobody (as Datakontroll's block SMS). A
 * failure is logged and never reaches the ingest: the file is in by then.
 */
@Component
public class AlertEvaluator {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);
    /** A day's alert still tells on the next day: call records come in late. */
    static final int DAY_GRACE_DAYS = 1;
    /** An overdue invoice tells when it went past its days within this many days, not one long overdue. */
    static final int INVOICE_GRACE_DAYS = 7;

    private final List<AlertCheck> checks;
    private final AlertRules rules;
    private final AlertStore store;
    private final AlertNotifier notifier;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AlertEvaluator(List<AlertCheck> checks, AlertRules rules, AlertStore store, AlertNotifier notifier,
            PlatformTransactionManager transactions, Clock clock) {
        this.checks = List.copyOf(checks);
        this.rules = rules;
        this.store = store;
        this.notifier = notifier;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void usageIngested(UsageIngested event) {
        long started = System.nanoTime();
        LocalDate today = Oslo.today(clock);
        int created = 0;
        Map<Long, List<UsageIngested.Touched>> touched = new TreeMap<>();
        Map<Long, List<UsageIngested.Block>> blocks = new TreeMap<>();
        event.touched().forEach(t -> touched.computeIfAbsent(t.companyId(), c -> new ArrayList<>()).add(t));
        event.blocks().forEach(b -> blocks.computeIfAbsent(b.companyId(), c -> new ArrayList<>()).add(b));
        for (long company : event.companies()) {
            try {
                created += evaluate(new AlertCheckContext(company, touched.getOrDefault(company, List.of()),
                        blocks.getOrDefault(company, List.of()), today), AlertCheck.AlertTrigger.INGEST);
            } catch (RuntimeException e) {
                log.error("Alerts of CDR file {} for company {} failed; the file is ingested", event.cdrFileId(), company, e);
            }
        }
        log.info("Alerts of CDR file {}: {} subscription months of {} companies checked, {} new alerts, in {} ms",
                event.cdrFileId(), event.touched().size(), event.companies().size(), created,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs the checks of one trigger for one company; how many new alerts. */
    public int evaluate(AlertCheckContext context, AlertCheck.AlertTrigger trigger) {
        List<AlertRule> companyRules = rules.rules(context.companyId());
        if (companyRules.stream().noneMatch(AlertRule::enabled)) {
            return 0;
        }
        StringBuilder timing = log.isDebugEnabled() ? new StringBuilder() : null;
        Integer count = transaction.execute(status -> {
            int created = 0;
            for (AlertCheck check : checks) {
                AlertRule rule = companyRules.get(check.kind().ordinal());
                if (check.trigger() != trigger || !rule.enabled()) {
                    continue;
                }
                long started = System.nanoTime();
                List<AlertOccurrence> found = check.check(rule, context);
                long checked = System.nanoTime();
                created += recordAll(rule, found, context.today());
                if (timing != null) {
                    timing.append(String.format(java.util.Locale.ROOT, " %s %d found in %d ms, recorded in %d ms;",
                            check.kind(), found.size(), (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000));
                }
            }
            return created;
        });
        if (timing != null) {
            log.debug("Alerts of company {}:{}", context.companyId(), timing);
        }
        return count == null ? 0 : count;
    }

    /**
     * Records an occurrence found outside a check (the budgets' forecast may call this with its own finding); true
     * when it is new. Tells the rule's recipients when the rule is on and the occurrence is of the current period.
     */
    public boolean record(AlertRule rule, AlertOccurrence occurrence, LocalDate today) {
        return recordAll(rule, List.of(occurrence), today) == 1;
    }

    /** Records the occurrences of one rule in one statement and tells of the new ones of the current period; how many new. */
    int recordAll(AlertRule rule, List<AlertOccurrence> occurrences, LocalDate today) {
        if (occurrences.isEmpty()) {
            return 0;
        }
        boolean[] tell = new boolean[occurrences.size()];
        for (int i = 0; i < tell.length; i++) {
            tell[i] = rule.enabled() && current(rule.kind(), occurrences.get(i), today);
        }
        Map<Integer, Long> created = store.recordAll(rule.companyId(), rule.kind(), occurrences, tell, clock.instant());
        created.forEach((index, id) -> {
            if (tell[index]) {
                store.find(AccessScope.wholeCompany(rule.companyId()), id)
                        .ifPresent(line -> notifier.tell(rule, line, occurrences.get(index).customerAccountId()));
            }
        });
        return created.size();
    }

    static boolean current(AlertKind kind, AlertOccurrence occurrence, LocalDate today) {
        return switch (kind.period()) {
            case DAY -> !occurrence.occurredOn().isBefore(today.minusDays(DAY_GRACE_DAYS)) && !occurrence.occurredOn().isAfter(today);
            case MONTH -> YearMonth.from(occurrence.occurredOn()).equals(YearMonth.from(today));
            case INVOICE -> occurrence.reference() == null
                    || !occurrence.occurredOn().plusDays(occurrence.reference().longValue()).isBefore(today.minusDays(INVOICE_GRACE_DAYS));
        };
    }
}
