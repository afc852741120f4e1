package no.bedriftsportal.usage;

/**
 * A record that cannot be rated as delivered, kept so that it can be corrected and sent again.
 *
 * @param cdrId   the record's {@code cdr_id} when it has a valid one, else null
 * @param reason  short English text naming the field, e.g. {@code duration_s must be a whole number ≥ 0, was '12.5'}
 * @param rawLine the record as it stood in the file, without its line end (may span lines)
 */
public record RejectedCdr(int lineNumber, String cdrId, String reason, String rawLine) implements CdrLine {
}
