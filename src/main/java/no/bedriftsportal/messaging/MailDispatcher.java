package no.bedriftsportal.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Drains the e-mail outbox, every company's (it runs on the operator's connections, outside any
 * portal request): takes due mails with {@code for update skip locked}, so that several instances
 * can run side by side, and hands each to Spring's {@link JavaMailSender}. A mail the server
 * refuses for good (5xx) is REJECTED at once with the server's reply; one that could not be
 * delivered now (4xx, no connection) is tried again after a pause that doubles, and is FAILED after
 * the last attempt. With no SMTP server configured ({@code spring.mail.host}) mails wait in the outbox.
 * Attachments (V35) are read one mail at a time, when that mail is sent.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;
    private static final String UTF_8 = "UTF-8";

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final PortalMailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private boolean toldNoServer;

    MailDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, PortalMailProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.mail.dispatch-interval:5s}")
    void dispatchDue() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            if (!toldNoServer) {
                log.warn("No SMTP server configured (spring.mail.host / SPRING_MAIL_HOST): e-mails stay queued in the outbox");
                toldNoServer = true;
            }
            return;
        }
        Integer taken;
        do {
            taken = transaction.execute(status -> dispatchBatch(mail));
        } while (taken != null && taken == BATCH);
    }

    /** Sends one batch in one transaction; returns how many mails it took. */
    int dispatchBatch(JavaMailSender mail) {
        List<Pending> due = jdbc.sql("""
                select company_id, mail_id, recipient, subject, text_body, html_body, message_id, attempts from mail_outbox
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, company_id, mail_id limit :batch
                for update skip locked""")
                .param("now", Timestamp.from(clock.instant())).param("batch", BATCH)
                .query((rs, n) -> new Pending(rs.getLong("company_id"), rs.getLong("mail_id"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"), rs.getString("message_id"),
                        rs.getInt("attempts")))
                .list();
        for (Pending pending : due) {
            try {
                mail.send(message(mail, pending));
                markSent(pending);
            } catch (MailException | MessagingException e) {
                failed(pending, SmtpFailure.of(e));
            }
        }
        return due.size();
    }

    /**
     * The MIME message: From, To, a UTF-8 subject, the text and the HTML body as
     * {@code multipart/alternative} (the text first, as RFC 2046 orders them: the richest last),
     * in Norwegian, with the Message-ID the outbox gave it. A mail with attachments is
     * {@code multipart/mixed}: that body first, then each file, read from the outbox only now.
     */
    private MimeMessage message(JavaMailSender mail, Pending pending) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(properties.fromAddress());
        message.setRecipients(MimeMessage.RecipientType.TO, pending.to());
        message.setSubject(pending.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", "nb");
        List<MailAttachment> attachments = attachments(pending);
        if (attachments.isEmpty()) {
            body(message, pending);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body(body, pending);
            mixed.addBodyPart(body);
            for (MailAttachment attachment : attachments) {
                mixed.addBodyPart(part(attachment));
            }
            message.setContent(mixed);
        }
        message.setHeader("Message-ID", pending.messageId()); // JavaMailSenderImpl keeps a Message-ID that is set
        return message;
    }

    private static void body(MimePart part, Pending pending) throws MessagingException {
        if (pending.html() == null) {
            part.setText(pending.text(), UTF_8, "plain");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(pending.text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(pending.html(), UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            part.setContent(alternative);
        }
    }

    /**
     * One file: its bytes in base64 (never re-encoded as text, so a CSV keeps its line ends), its
     * name as an RFC 2231 UTF-8 parameter of Content-Disposition, and as {@code name} of
     * Content-Type for older clients. The charset is named here rather than left to
     * {@code mail.mime.charset} or the JVM's default, which may not be UTF-8.
     */
    private static MimeBodyPart part(MailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        ContentType type = new ContentType(attachment.contentType()); // after the data handler, which clears these headers
        type.setParameterList(named(type.getParameterList(), "name", attachment.fileName()));
        part.setHeader("Content-Type", type.toString());
        ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT);
        disposition.setParameterList(named(null, "filename", attachment.fileName()));
        part.setHeader("Content-Disposition", disposition.toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static ParameterList named(ParameterList parameters, String name, String fileName) {
        ParameterList list = parameters == null ? new ParameterList() : parameters;
        list.set(name, fileName, UTF_8);
        return list;
    }

    private List<MailAttachment> attachments(Pending pending) {
        return jdbc.sql("""
                select file_name, content_type, content from mail_attachment
                where company_id = :company and mail_id = :id order by position""")
                .param("company", pending.companyId()).param("id", pending.id())
                .query((rs, n) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    private void markSent(Pending pending) {
        jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null
                where company_id = :company and mail_id = :id""")
                .param("now", Timestamp.from(clock.instant())).param("company", pending.companyId()).param("id", pending.id())
                .update();
    }

    private void failed(Pending pending, SmtpFailure failure) {
        int attempts = pending.attempts() + 1;
        Instant now = clock.instant();
        String status = failure.permanent() ? "REJECTED" : attempts >= properties.maxAttempts() ? "FAILED" : "PENDING";
        Instant next = now.plus(properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 12)));
        log.warn("E-mail {}/{} not sent (attempt {} of {}, now {}): {}", pending.companyId(), pending.id(), attempts,
                properties.maxAttempts(), status, failure.reply());
        jdbc.sql("""
                update mail_outbox set attempts = :attempts, last_error = :error, status = :status,
                       next_attempt_at = case when :status = 'PENDING' then cast(:next as timestamptz) else next_attempt_at end,
                       given_up_at = case when :status = 'PENDING' then null else cast(:now as timestamptz) end
                where company_id = :company and mail_id = :id""")
                .param("attempts", attempts).param("error", failure.reply()).param("status", status)
                .param("next", Timestamp.from(next)).param("now", Timestamp.from(now))
                .param("company", pending.companyId()).param("id", pending.id())
                .update();
    }

    private record Pending(long companyId, long id, String to, String subject, String text, String html, String messageId,
            int attempts) {
    }
}
