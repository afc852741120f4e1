package no.bedriftsportal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: takes due messages with {@code for update skip locked}, so that several
 * instances can run side by side, and hands each to the gateway. A failed message is tried
 * again with growing pauses, and marked FAILED after the last attempt.
 */
@Component
class SmsDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final SmsGateway gateway;
    private final SmsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SmsDispatcher(JdbcClient jdbc, SmsGateway gateway, SmsProperties properties, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.sms.dispatch-interval:500ms}")
    void dispatchDue() {
        Integer sent;
        do {
            sent = transaction.execute(status -> dispatchBatch());
        } while (sent != null && sent == BATCH);
    }

    /** Sends one batch in one transaction; returns how many messages it took. */
    int dispatchBatch() {
        List<Pending> due = jdbc.sql("""
                select sms_id, recipient, body, sensitive, attempts from sms_outbox
                where status = 'PENDING' and next_attempt_at <= :now
                order by sms_id limit :batch
                for update skip locked""")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("batch", BATCH)
                .query((rs, n) -> new Pending(rs.getLong("sms_id"), rs.getString("recipient"), rs.getString("body"),
                        rs.getBoolean("sensitive"), rs.getInt("attempts")))
                .list();
        for (Pending sms : due) {
            try {
                gateway.send(sms.to(), sms.text());
                markSent(sms);
            } catch (RuntimeException e) {
                markFailedAttempt(sms, e);
            }
        }
        return due.size();
    }

    private void markSent(Pending sms) {
        boolean clearText = sms.sensitive() && !properties.keepSensitiveText();
        jdbc.sql("""
                update sms_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
                       body = case when :clearText then '(sendt – teksten er slettet)' else body end
                where sms_id = :id""")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("clearText", clearText).param("id", sms.id())
                .update();
    }

    private void markFailedAttempt(Pending sms, RuntimeException e) {
        int attempts = sms.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(Duration.ofSeconds(5L << Math.min(attempts, 10)));
        log.warn("SMS {} to {} not sent (attempt {} of {}): {}", sms.id(), sms.to(), attempts, properties.maxAttempts(),
                e.getMessage());
        jdbc.sql("""
                update sms_outbox set attempts = :attempts, last_error = :error, next_attempt_at = :next,
                       status = case when :giveUp then 'FAILED' else 'PENDING' end
                where sms_id = :id""")
                .param("attempts", attempts).param("error", String.valueOf(e.getMessage()))
                .param("next", java.sql.Timestamp.from(next)).param("giveUp", giveUp).param("id", sms.id())
                .update();
    }

    private record Pending(long id, String to, String text, boolean sensitive, int attempts) {
    }
}
