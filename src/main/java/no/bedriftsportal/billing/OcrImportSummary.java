package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An OCR giro file in the ledger: {@code transactions = matched + unmatched + duplicate}.
 *
 * @param unmatched payments whose KID no invoice has: kept for manual handling
 * @param alreadyImported true when this delivery was the same file again, and changed nothing
 */
public record OcrImportSummary(long id, String name, Instant receivedAt, String transmissionNumber, int transactions,
        int matched, int unmatched, int duplicate, BigDecimal total, boolean alreadyImported) {
}
