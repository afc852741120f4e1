package no.bedriftsportal.messaging;

import java.time.Instant;

/**
 * What became of one queued mail, for the module that queued it (a report's schedule shows each
 * send and tells the owner of a FAILED or REJECTED one).
 *
 * @param attempts        how many times the SMTP server was tried
 * @param lastError       the server's reply or the failure at the last attempt, or null
 * @param sentAt          when the server took it, or null
 * @param givenUpAt       when it became FAILED or REJECTED, or null
 * @param attachmentBytes the attachments' size together, 0 without any
 */
public record MailState(MessageStatus status, int attempts, String lastError, Instant sentAt, Instant givenUpAt,
        long attachmentBytes) {
}
