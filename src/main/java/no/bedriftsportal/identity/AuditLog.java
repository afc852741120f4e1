package no.bedriftsportal.identity;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The identity module's audit log API (S3): logins (also failed ones), access changes, and later
 * rule changes and exports. An entry is written in the caller's transaction.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(long companyId, String actor, String actorName, String action, String subject, String details,
            String clientAddress) {
        jdbc.sql("""
                insert into audit_event (company_id, occurred_at, actor, actor_name, action, subject, details, client_address)
                values (:companyId, :at, :actor, :actorName, :action, :subject, :details, :client)""")
                .param("companyId", companyId).param("at", Timestamp.from(clock.instant()))
                .param("actor", actor).param("actorName", actorName).param("action", action)
                .param("subject", subject).param("details", details).param("client", clientAddress)
                .update();
    }

    /** A page of the company's log, newest first, optionally only one action. */
    public List<AuditEvent> page(long companyId, String action, int offset, int limit) {
        return jdbc.sql("""
                select audit_event_id, occurred_at, actor, actor_name, action, subject, details, client_address
                from audit_event
                where company_id = :companyId and (cast(:action as text) is null or action = :action)
                order by occurred_at desc, audit_event_id desc
                offset :offset limit :limit""")
                .param("companyId", companyId).param("action", action).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new AuditEvent(rs.getLong("audit_event_id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("actor_name"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("details"), rs.getString("client_address")))
                .list();
    }
}
