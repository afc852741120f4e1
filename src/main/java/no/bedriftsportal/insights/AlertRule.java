package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A company's rule of one {@link AlertKind} (X2): on or off, its thresholds, the channels and who is told.
 *
 * @param recipients portal user ids; empty: the company's super users
 * @param toEmployee the subscription's user is told too (SMS to the number, e-mail when known)
 * @param changedBy  null while the rule has its defaults
 */
public record AlertRule(long companyId, AlertKind kind, boolean enabled, BigDecimal amount, BigDecimal factor, Integer days,
        boolean byEmail, boolean bySms, boolean toEmployee, List<Long> recipients, String changedBy, Instant changedAt) {

    public AlertRule {
        recipients = List.copyOf(recipients);
    }

    /** The rule of a company that has not set it. */
    public static AlertRule defaults(long companyId, AlertKind kind) {
        return new AlertRule(companyId, kind, kind.enabledByDefault(), kind.defaultAmount(), kind.defaultFactor(),
                kind.defaultDays(), true, false, false, List.of(), null, null);
    }
}
