package no.bedriftsportal.messaging;

/**
 * Where a message is on its way out. FAILED and REJECTED are the dead letters: nothing tries them again.
 */
public enum MessageStatus {
    /** Queued, or waiting for its next attempt. */
    PENDING,
    /** Accepted by the gateway or the SMTP server. */
    SENT,
    /** Not accepted after the last attempt (the server could not be reached, or kept answering "later"). */
    FAILED,
    /** Refused for good by the SMTP server (a 5xx answer, e.g. an unknown mailbox): not tried again. */
    REJECTED
}
