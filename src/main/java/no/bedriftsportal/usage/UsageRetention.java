package no.bedriftsportal.usage;

import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.shared.DailyJob;
import no.bedriftsportal.shared.Oslo;

/**
 * Keeps rated events only as long as billing needs them ({@code portal.usage.event-retention-months},
 * default 6: DOMAIN-RULES "Privacy") by dropping whole monthly partitions; the daily rollups stay
 * 36 months. Runs at start and nightly by the application clock ({@link DailyJob}), under the ingest lock.
 */
@Component
class UsageRetention implements DailyJob {

    private static final LocalTime RUNS_AT = LocalTime.of(3, 15);

    static final int ROLLUP_MONTHS = 36;
    private static final Logger log = LoggerFactory.getLogger(UsageRetention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final UsagePartitions partitions;
    private final IngestCdrFile ingest;
    private final Clock clock;

    UsageRetention(JdbcClient jdbc, TransactionTemplate transaction, UsagePartitions partitions, IngestCdrFile ingest,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.partitions = partitions;
        this.ingest = ingest;
    }

    @Override
    public String name() {
        return "usage-retention";
    }

    @Override
    public LocalTime runsAt() {
        return RUNS_AT;
    }

    @Override
    public void run(java.time.LocalDate day) {
        dropExpired(); // by today's clock: what is kept only shrinks
    }

    @EventListener(ApplicationReadyEvent.class)
    void dropExpired() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", IngestCdrFile.INGEST_LOCK).query((rs, n) -> n).list();
            YearMonth oldestStored = ingest.oldestStoredMonth();
            for (YearMonth month : partitions.existing()) {
                if (month.isBefore(oldestStored)) {
                    partitions.drop(month);
                    log.info("Dropped the rated events of {}: events are kept from {}", month, oldestStored);
                }
            }
            java.time.LocalDate oldest = YearMonth.from(Oslo.today(clock)).minusMonths(ROLLUP_MONTHS - 1L).atDay(1);
            int rollups = jdbc.sql("delete from usage_daily where day < :oldest").param("oldest", oldest).update()
                    + jdbc.sql("delete from usage_account_daily where day < :oldest").param("oldest", oldest).update()
                    + jdbc.sql("delete from usage_account_monthly where month < :oldest").param("oldest", oldest).update()
                    + jdbc.sql("delete from usage_subscription_monthly where month < :oldest").param("oldest", oldest).update();
            if (rollups > 0) {
                log.info("Deleted {} daily rollups older than {} months", rollups, ROLLUP_MONTHS);
            }
        });
    }
}
