package no.bedriftsportal.messaging;

import java.util.List;
import java.util.Objects;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * An e-mail to queue: one recipient, a subject, the text body every client can show and an HTML
 * body for those that show HTML ({@code null} for text only). The recipient is checked here, so a
 * malformed address is refused in the sender's transaction instead of dying in the outbox.
 *
 * @param employeeId  the employee the mail is about or to, when there is one; {@code null} otherwise
 * @param attachments files sent with it, in this order (a report), at most {@value #MAX_ATTACHMENT_BYTES} bytes together:
 *                    the outbox keeps them in the database until sent, and mail servers commonly refuse messages past
 *                    10–25 MB once base64 has made them a third larger
 */
public record OutgoingMail(long companyId, Long employeeId, MessagePurpose purpose, String to, String subject, String text,
        String html, List<MailAttachment> attachments) {

    /** 10 MB (1 MB = 1 000 000 bytes, as everywhere in the portal). */
    public static final int MAX_ATTACHMENT_BYTES = 10_000_000;
    private static final int MAX_ADDRESS = 254;
    private static final int MAX_SUBJECT = 250;

    public OutgoingMail {
        Objects.requireNonNull(purpose, "purpose");
        to = address(to);
        subject = Objects.requireNonNull(subject, "subject").strip();
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT || subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("A subject is one line of 1–" + MAX_SUBJECT + " characters");
        }
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        long bytes = attachments.stream().mapToLong(MailAttachment::size).sum();
        if (bytes > MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("A mail's attachments may be at most 10 MB (" + MAX_ATTACHMENT_BYTES
                    + " bytes) together; these are " + bytes + " bytes");
        }
    }

    /** A mail without attachments. */
    public OutgoingMail(long companyId, Long employeeId, MessagePurpose purpose, String to, String subject, String text, String html) {
        this(companyId, employeeId, purpose, to, subject, text, html, List.of());
    }

    /** A plain-text mail. */
    public static OutgoingMail text(long companyId, Long employeeId, MessagePurpose purpose, String to, String subject, String text) {
        return new OutgoingMail(companyId, employeeId, purpose, to, subject, text, null);
    }

    /** This mail with these files attached (instead of any it had), in this order. */
    public OutgoingMail withAttachments(List<MailAttachment> files) {
        return new OutgoingMail(companyId, employeeId, purpose, to, subject, text, html, files);
    }

    /** The address alone ({@code ola@firma.no}, no display name), as RFC 822 allows it and SMTP carries it. */
    static String address(String to) {
        String address = Objects.requireNonNull(to, "to").strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!parsed.getAddress().equals(address) || address.length() > MAX_ADDRESS || address.indexOf('@') < 1) {
                throw new AddressException("not a bare address", address);
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an e-mail address: " + address, e);
        }
    }
}
