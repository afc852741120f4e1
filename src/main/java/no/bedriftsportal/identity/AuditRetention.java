package no.bedriftsportal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.shared.DailyJob;
import no.bedriftsportal.shared.Oslo;

/**
 * Keeps the audit log {@code portal.audit.retention} (five years by default) and no longer: once a
 * day by the application clock it deletes the entries from before that many years ago (Oslo
 * midnight). It is the only delete the table allows: the trigger of V18 lets a delete through only
 * for entries older than {@code portal.audit_prune_before}, which this job sets for its own
 * transaction.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class AuditRetention implements DailyJob {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final LocalTime RUNS_AT = LocalTime.of(3, 45);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, TransactionTemplate transaction, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "audit-retention";
    }

    @Override
    public LocalTime runsAt() {
        return RUNS_AT;
    }

    @Override
    public void run(LocalDate day) {
        prune(); // by today's clock: what is kept only shrinks
    }

    /** Deletes the entries older than the retention; answers how many. */
    int prune() {
        Instant before = Oslo.today(clock).minus(properties.retention()).atStartOfDay(Oslo.ZONE).toInstant();
        Integer deleted = transaction.execute(status -> {
            jdbc.sql("select set_config('portal.audit_prune_before', :before, true)").param("before", before.toString())
                    .query(String.class).single();
            return jdbc.sql("delete from audit_event where occurred_at < :before").param("before", Timestamp.from(before)).update();
        });
        if (deleted != null && deleted > 0) {
            log.info("Deleted {} audit log entries from before {} (portal.audit.retention={})", deleted, before, properties.retention());
        }
        return deleted == null ? 0 : deleted;
    }
}
