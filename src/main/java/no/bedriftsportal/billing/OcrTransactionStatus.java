package no.bedriftsportal.billing;

/** What became of one payment of an OCR file. */
public enum OcrTransactionStatus {
    /** Registered on an invoice: by its KID at import, or by hand later with the transaction key as reference. */
    APPLIED,
    /** Kept for manual handling: no invoice has its KID, or it was paid to an account that is not the seller's. */
    UNMATCHED,
    /** Its file was refused whole. */
    REFUSED
}
