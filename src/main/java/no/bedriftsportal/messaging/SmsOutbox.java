package no.bedriftsportal.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The messaging module's API for SMS. A message is queued in the caller's transaction, so it goes
 * out only if the caller's work commits; the {@link SmsDispatcher} sends it. Queued and due by the
 * application clock, the one the dispatcher reads (not the database's), so that a moved clock moves both.
 */
@Service
public class SmsOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A message of no company's: the operator's own (only the company's messages show in its send log). */
    public void queue(Msisdn to, String text) {
        insert(null, null, null, to, text, false);
    }

    /** A one-time code to a number of no company's: its text is cleared once it has been sent. */
    public void queueSensitive(Msisdn to, String text) {
        insert(null, null, null, to, text, true);
    }

    /**
     * A message of the company's, in its send log.
     *
     * @param employeeId the employee it is to or about, or {@code null}
     */
    public void queue(long companyId, Long employeeId, MessagePurpose purpose, Msisdn to, String text) {
        insert(companyId, employeeId, purpose, to, text, false);
    }

    /**
     * A message of the company's carrying a secret (a one-time code): its text is cleared once it has
     * been sent, and the send log never shows it.
     */
    public void queueSensitive(long companyId, MessagePurpose purpose, Msisdn to, String text) {
        insert(companyId, null, purpose, to, text, true);
    }

    /**
     * The newest messages first (in the order queued, whatever the clock said), of every company: for
     * the demo's developer page and tests, read on the operator's connections.
     */
    public List<OutboxSms> latest(int limit) {
        return PortalRequestScope.crossCompany(() -> jdbc.sql("""
                select sms_id, recipient, body, status, created_at, sent_at, attempts
                from sms_outbox order by sms_id desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new OutboxSms(rs.getLong("sms_id"), rs.getString("recipient"), rs.getString("body"),
                        rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getInt("attempts")))
                .list());
    }

    private void insert(Long companyId, Long employeeId, MessagePurpose purpose, Msisdn to, String text, boolean sensitive) {
        jdbc.sql("""
                insert into sms_outbox (company_id, employee_id, purpose, recipient, body, sensitive, created_at, next_attempt_at)
                values (:company, :employee, :purpose, :to, :body, :sensitive, :now, :now)""")
                .param("company", companyId).param("employee", employeeId).param("purpose", purpose == null ? null : purpose.name())
                .param("to", to.value()).param("body", text).param("sensitive", sensitive)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
