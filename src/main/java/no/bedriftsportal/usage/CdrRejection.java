package no.bedriftsportal.usage;

/** A record that was not rated: where it was, why, and the line itself, so it can be corrected and sent again. */
public record CdrRejection(int lineNumber, String cdrId, String reason, String rawLine) {
}
