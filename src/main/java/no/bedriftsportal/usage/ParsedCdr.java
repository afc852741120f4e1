package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A record whose every field is valid (CDR-FORMAT.md). Fields a type does not use are left
 * empty: null, or 0 for the numbers.
 *
 * @param msisdn          the subscription, E.164 ({@code +47} and 8 digits)
 * @param startOffset     the offset written in the file, kept for display
 * @param direction       VOICE, SMS, MMS only
 * @param otherParty      as written: E.164, national digits or a short code; not for DATA
 * @param visitedCountry  ISO 3166-1 alpha-2, upper case, known to the country table
 * @param durationSeconds VOICE only
 * @param volumeBytes     DATA only
 * @param amount          CONTENT only: the provider's price excluding VAT, scale 2
 * @param vatRate         CONTENT only: 25 or 0
 * @param provider        free text, null when empty
 * @param description     free text, null when empty
 */
public record ParsedCdr(
        int lineNumber,
        String cdrId,
        String msisdn,
        CdrType type,
        Instant startTime,
        ZoneOffset startOffset,
        Direction direction,
        String otherParty,
        String visitedCountry,
        long durationSeconds,
        long volumeBytes,
        BigDecimal amount,
        Integer vatRate,
        String provider,
        String description) implements CdrLine {
}
