package no.bedriftsportal.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /**
     * Queues the mail with its attachments, due at once by the application clock; returns its id
     * within the company. In one transaction (the caller's, or its own), so the dispatcher never
     * finds the mail without its files.
     */
    @Transactional
    public long queue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
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
        List<MailAttachment> attachments = mail.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            MailAttachment attachment = attachments.get(position);
            jdbc.sql("""
                    insert into mail_attachment (company_id, mail_id, position, file_name, content_type, content, size_bytes)
                    values (:company, :mail, :position, :name, :type, :content, :size)""")
                    .param("company", mail.companyId()).param("mail", id).param("position", position)
                    .param("name", attachment.fileName()).param("type", attachment.contentType())
                    .param("content", attachment.content()).param("size", attachment.size())
                    .update();
        }
        return id;
    }

    /** What became of a mail this company queued ({@link #queue}'s id), or empty for no such mail. */
    public Optional<MailState> status(long companyId, long mailId) {
        return jdbc.sql("""
                select status, attempts, last_error, sent_at, given_up_at,
                       (select coalesce(sum(a.size_bytes), 0) from mail_attachment a
                         where a.company_id = m.company_id and a.mail_id = m.mail_id) as attachment_bytes
                from mail_outbox m where company_id = :company and mail_id = :mail""")
                .param("company", companyId).param("mail", mailId)
                .query(MailOutbox::state).optional();
    }

    private static MailState state(ResultSet rs, int row) throws SQLException {
        return new MailState(MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("given_up_at")), rs.getLong("attachment_bytes"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
