package no.bedriftsportal.billing;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * An OCR file refused whole, after its refusal was written to the ledger: no payment in it was
 * taken. The spool moves the file to {@code failed/}; the upload answers with a problem that
 * points to the ledger entry.
 */
public class OcrFileRefused extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient OcrImportSummary summary;

    OcrFileRefused(OcrImportSummary summary) {
        super("file", "ocr.file.refused", "the OCR file was refused whole: " + summary.reason());
        this.summary = summary;
    }

    /** The refusal as the ledger keeps it. */
    public OcrImportSummary summary() {
        return summary;
    }
}
