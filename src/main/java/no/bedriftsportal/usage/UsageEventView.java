package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored rated piece as the operator API shows it (the other party unmasked: operator staff only),
 * with the subscription and company it was rated under.
 */
public record UsageEventView(String cdrId, int piece, Instant startTime, String type, String direction, String category,
        String dataBucket, String costGroup, String zone, String country, String destinationCountry, String otherParty,
        long seconds, long bytes, int quantity, BigDecimal amount, int vatRate, boolean contentService, String provider,
        String description, long cdrFileId, long subscriptionId, long companyId, String orgNumber) {
}
