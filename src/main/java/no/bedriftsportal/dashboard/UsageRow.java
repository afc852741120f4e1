package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One subscription's month of one kind: the company API's usage. Aggregates only, never a call
 * (DOMAIN-RULES "Privacy").
 *
 * @param quantity in the kind's unit ({@link UsageKind#unit()}); null for a charge
 * @param amount   excluding VAT, as the dashboard and the invoice lines show amounts
 */
record UsageRow(YearMonth month, long subscriptionId, UsageKind kind, BigDecimal quantity, BigDecimal amount) {

    /** Whether this row comes after the one a cursor names, in the order month, subscription, kind. */
    boolean after(YearMonth cursorMonth, long cursorSubscription, UsageKind cursorKind) {
        int byMonth = month.compareTo(cursorMonth);
        if (byMonth != 0) {
            return byMonth > 0;
        }
        if (subscriptionId != cursorSubscription) {
            return subscriptionId > cursorSubscription;
        }
        return kind.compareTo(cursorKind) > 0;
    }
}
