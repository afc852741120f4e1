package no.bedriftsportal.usage;

/**
 * A file refused whole for a reason of its own: not readable (a gzip cut off, not gzip at all),
 * or past one of its {@link IngestLimits}. Nothing of it is ingested; it gets a ledger entry with
 * the reason ({@code status = REFUSED}), and the spool moves it to {@code failed/}.
 */
public class CdrFileRefused extends RuntimeException {

    private final Long ledgerId;

    CdrFileRefused(String reason) {
        this(reason, null, null);
    }

    CdrFileRefused(String reason, Throwable cause) {
        this(reason, null, cause);
    }

    private CdrFileRefused(String reason, Long ledgerId, Throwable cause) {
        super(reason, cause);
        this.ledgerId = ledgerId;
    }

    /** The same refusal, once it is in the ledger. */
    CdrFileRefused inLedger(long id) {
        return new CdrFileRefused(getMessage(), id, getCause());
    }

    /** The ledger entry of the refused file; null until it is written. */
    public Long ledgerId() {
        return ledgerId;
    }

    public String reason() {
        return getMessage();
    }
}
