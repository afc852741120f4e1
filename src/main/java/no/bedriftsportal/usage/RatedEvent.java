package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Zone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One priced piece of a call detail record. A record is one piece, except a data record that
 * crosses the end of a package, which is split there: pieces 0..n, each with its own bytes,
 * bucket and amount.
 *
 * @param month              the usage month (Europe/Oslo) of {@code startTime}
 * @param direction          VOICE, SMS, MMS only
 * @param dataBucket         DATA only
 * @param zone               the zone of {@code country}, where the event happened
 * @param country            the visited country
 * @param destinationCountry the country of a foreign other party, else null
 * @param otherParty         as delivered; mask it before an administrator sees it
 * @param seconds            VOICE only
 * @param bytes              DATA only: the bytes of this piece
 * @param count              1 for a call, message or content purchase; 0 for data
 * @param amount             NOK excluding VAT, scale 2
 * @param vatRate            25, or what a content service carries (25 or 0)
 */
public record RatedEvent(
        String cdrId,
        int pieceNo,
        long subscriptionId,
        Instant startTime,
        YearMonth month,
        CdrType type,
        Direction direction,
        Category category,
        DataBucket dataBucket,
        CostGroup costGroup,
        Zone zone,
        String country,
        String destinationCountry,
        String otherParty,
        long seconds,
        long bytes,
        int count,
        BigDecimal amount,
        int vatRate,
        boolean contentService,
        String provider,
        String description) {
}
