package no.bedriftsportal.billing;

/** An OCR file in the ledger: its payments taken (each applied or kept as unmatched), or the file refused whole. */
public enum OcrFileStatus {
    IMPORTED,
    /** Not read, not reconciled, or a transmission number already imported with other content: no payment taken. */
    REFUSED
}
