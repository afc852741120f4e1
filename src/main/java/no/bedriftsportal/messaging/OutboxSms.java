package no.bedriftsportal.messaging;

import java.time.Instant;

/** An SMS in the outbox, as the developer page and tests see it. */
public record OutboxSms(long id, String to, String text, String status, Instant createdAt, Instant sentAt, int attempts) {
}
