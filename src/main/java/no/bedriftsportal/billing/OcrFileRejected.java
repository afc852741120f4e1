package no.bedriftsportal.billing;

/**
 * An OCR giro file refused as a whole: no payment in it is to be registered, so that a file
 * whose counts or totals do not reconcile can never be half-imported.
 */
public class OcrFileRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String reason;

    public OcrFileRejected(int lineNumber, String reason) {
        super("OCR file rejected at line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    /** 1-based line of the file where the problem was found. */
    public int lineNumber() {
        return lineNumber;
    }

    public String reason() {
        return reason;
    }
}
