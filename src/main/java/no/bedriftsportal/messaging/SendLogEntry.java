package no.bedriftsportal.messaging;

import java.time.Instant;

/**
 * One message of a company's send log. What was sent is the SMS's text or the mail's subject and
 * text body (the HTML body is never shown); a one-time code's text is never given ({@code text} is
 * null and {@code hidden} true).
 *
 * @param sentAt    when the gateway or server took it, or null
 * @param purpose   why it was sent; null for an SMS queued before purposes were recorded
 * @param subject   the mail's subject; null for an SMS
 * @param lastError the server's reply or the failure at the last attempt, or null
 * @param attachmentBytes the mail's attachments together (a report's file), 0 for none and for an SMS
 */
public record SendLogEntry(Channel channel, long id, Instant queuedAt, Instant sentAt, String recipient, MessagePurpose purpose,
        String subject, String text, boolean hidden, MessageStatus status, int attempts, String lastError, Long employeeId,
        long attachmentBytes) {

    /** When it left, or when it was queued if it has not left. */
    public Instant shownAt() {
        return sentAt == null ? queuedAt : sentAt;
    }
}
