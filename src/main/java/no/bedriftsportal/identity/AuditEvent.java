package no.bedriftsportal.identity;

import java.time.Instant;

/**
 * One line of a company's audit log: who did what, to what, when and from where.
 *
 * @param actor   the actor's mobile number (E.164), or {@code operator}
 * @param action  a stable code, shown through the message key {@code audit.action.<code>}
 * @param subject what the action touched (a mobile number, a report …), or null
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String actorName, String action, String subject,
        String details, String clientAddress) {

    public static final String OPERATOR = "operator";
}
