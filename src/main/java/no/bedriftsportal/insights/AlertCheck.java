package no.bedriftsportal.insights;

import java.util.List;

/**
 * One kind of alert's check (X2): given the company's rule and what a file touched (or the day, for
 * checks run daily), the occurrences it finds. Recording, "once per occurrence" and sending are the
 * coordinator's ({@code AlertEvaluator}); a check only reads rollups and says what it sees. A new kind
 * (the budgets' forecast, #18.3) adds a bean of this interface.
 */
public interface AlertCheck {

    AlertKind kind();

    /** When the check runs: after each ingested file (the default), or once a day. */
    default AlertTrigger trigger() {
        return AlertTrigger.INGEST;
    }

    /** The occurrences under the rule among the context's subscriptions (or the company's, for daily checks). */
    List<AlertOccurrence> check(AlertRule rule, AlertCheckContext context);

    /** When a check runs. */
    enum AlertTrigger { INGEST, DAILY }
}
