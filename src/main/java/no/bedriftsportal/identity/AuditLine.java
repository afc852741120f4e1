package no.bedriftsportal.identity;

/** An audit entry as the page shows it: the entry and its words in the reader's language. */
public record AuditLine(AuditEvent event, String words) {
}
