package no.bedriftsportal.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The messaging module's API for e-mail (ADR 0017). A mail is queued in the caller's transaction,
 * so it goes out only if the caller's work commits; the {@link MailDispatcher} sends it. Its
 * Message-ID is made here, once, so that every attempt carries the same one and a bounce that
 * quotes it can be matched to the row.
 */
@Service
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PortalMailProperties properties;

    MailOutbox(JdbcClient jdbc, Clock clock, PortalMailProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Queues the mail, due at once by the application clock; returns its id within the company. */
    public long queue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into mail_outbox (company_id, employee_id, purpose, recipient, subject, text_body, html_body, message_id,
                                         created_at, next_attempt_at)
                values (:company, :employee, :purpose, :to, :subject, :text, :html, :messageId, :now, :now)
                returning mail_id""")
                .param("company", mail.companyId()).param("employee", mail.employeeId())
                .param("purpose", mail.purpose().name()).param("to", mail.to()).param("subject", mail.subject())
                .param("text", mail.text()).param("html", mail.html())
                .param("messageId", "<" + UUID.randomUUID() + "@" + properties.domain() + ">")
                .param("now", now)
                .query(Long.class).single();
    }
}
