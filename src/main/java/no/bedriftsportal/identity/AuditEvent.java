package no.bedriftsportal.identity;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a company's audit log: who did what, to what, when and from where.
 *
 * @param actor   the actor's mobile number (E.164), {@code operator}, or {@code api-token:<id>} for a company API token
 * @param action  a stable code, shown through the message key {@code audit.action.<code>}
 * @param subject whose: the mobile number the action touched, or null
 * @param details free text of entries written without facts (older entries, login reasons), or null
 * @param facts   what the words are made of ({@link AuditWords}), or null for entries written as text
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String actorName, String action, String subject,
        String details, Map<String, Object> facts, String clientAddress) {

    public static final String OPERATOR = "operator";
    /** The start of the actor of an entry a company API token caused, followed by the token's id. */
    public static final String API_TOKEN_PREFIX = "api-token:";
    /** The actor of what a schedule did with nobody signed in (#16.8): {@code schedule:report-schedule:42}. */
    public static final String SCHEDULE_PREFIX = "schedule:";

    public boolean byOperator() {
        return OPERATOR.equals(actor);
    }

    public boolean byApiToken() {
        return actor != null && actor.startsWith(API_TOKEN_PREFIX);
    }
}
