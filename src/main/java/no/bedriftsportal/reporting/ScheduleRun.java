package no.bedriftsportal.reporting;

import java.time.Instant;
import java.util.List;

/**
 * One line of a schedule's send log: an occurrence claimed and what came of it.
 *
 * @param status            QUEUED (the mails went to the outbox) or FAILED (the report could not be made or sent; see error)
 * @param mails             each mail's state in the outbox now
 * @param failureReportedAt when the owner was told a mail of it was given up, or null
 */
public record ScheduleRun(String occurrence, Instant dueAt, Instant ranAt, String status, List<String> recipients, Long rows,
        Long sizeBytes, String error, Instant failureReportedAt, List<SentMail> mails) {

    /** A mail of the run as the outbox knows it: PENDING, SENT, FAILED or REJECTED, with the last error. */
    public record SentMail(long mailId, String recipient, String status, int attempts, String lastError, Instant sentAt) {

        public boolean givenUp() {
            return "FAILED".equals(status) || "REJECTED".equals(status);
        }
    }
}
