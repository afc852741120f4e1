package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An OCR giro file in the ledger, with every kroner of it accounted for: {@code transactions =
 * applied + unmatched + refused} and {@code total = appliedAmount + unmatchedAmount + refusedAmount}.
 * The figures stand as they are now: a payment registered by hand since the import counts as applied.
 *
 * @param transmissionNumber null when a refused file could not be read that far
 * @param reason             why the file was refused; for an imported file null (or a note on figures migrated from before V15)
 * @param applied            payments registered on an invoice, by KID or later by hand
 * @param unmatched          payments kept for manual handling: no invoice has the KID, or paid to another account than the seller's
 * @param refused            payments of a file refused whole (what the file stated, if its payments could not be read)
 * @param alreadyImported    true when this delivery was the same file again (byte for byte), and changed nothing
 */
public record OcrImportSummary(long id, String name, String source, Instant receivedAt, String transmissionNumber,
        OcrFileStatus status, String reason, int transactions, int applied, int unmatched, int refused, BigDecimal total,
        BigDecimal appliedAmount, BigDecimal unmatchedAmount, BigDecimal refusedAmount, boolean alreadyImported) {

    OcrImportSummary again() {
        return new OcrImportSummary(id, name, source, receivedAt, transmissionNumber, status, reason, transactions, applied, unmatched,
                refused, total, appliedAmount, unmatchedAmount, refusedAmount, true);
    }
}
