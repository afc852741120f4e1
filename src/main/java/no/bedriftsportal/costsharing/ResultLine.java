package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One line of an employee's monthly result: what one rule put there, with its underlying events.
 * The result's deduction is the sum of its {@link Treatment#DEDUCTION} lines, its benefit the sum of
 * its {@link Treatment#BENEFIT} lines.
 *
 * @param subscriptionId null for a line of the employee as a whole (content, a correction)
 * @param profile        the profile version that put it there; null for a correction
 * @param rule           the rule's code: a {@link TrafficRule}, a {@link ContentRule}, {@code MAXIMUM},
 *                       {@code FREE_AMOUNT}, the extra package's code, or {@code CORRECTION}
 * @param correctsMonth  the earlier, final month a correction line corrects; else null
 */
public record ResultLine(Kind kind, Treatment treatment, Long subscriptionId, String maskedMsisdn,
        EmployeeMonth.ProfileInForce profile, String rule, BigDecimal amount, YearMonth correctsMonth,
        List<EventRef> events) {

    public ResultLine {
        events = List.copyOf(events);
    }

    public enum Kind {
        /** T1: traffic the employee pays, one line per rule (a piece on the first rule it matches). */
        TRAFFIC,
        /** T2: above the monthly maximum. */
        MAXIMUM,
        /** The free amount, as a negative amount (never more than the traffic it reduces). */
        FREE_AMOUNT,
        /** An extra package paid by salary deduction. */
        EXTRA_PACKAGE,
        /** Private content purchases under the profile's content rule. */
        CONTENT,
        /** A change to an earlier month that was already final. */
        CORRECTION
    }

    public enum Treatment {
        DEDUCTION, BENEFIT,
        /** A deduction without a written agreement: listed, and left with the company. */
        NOT_DEDUCTED,
        /** Shown for the record; counted nowhere. */
        INFO
    }

    /** A rated piece under a line; never who was called. */
    public record EventRef(String cdrId, int piece, Instant startTime, String description, BigDecimal gross) {
    }
}
