package no.bedriftsportal.identity;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.audit.*}: how long the audit log is kept ({@code retention}, e.g. {@code 5y} or
 * {@code P5Y}; default five years). {@link AuditRetention} deletes older entries once a day.
 */
@ConfigurationProperties("portal.audit")
record AuditProperties(Period retention) {

    AuditProperties {
        retention = retention == null ? Period.ofYears(5) : retention;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("portal.audit.retention must be a positive period, e.g. 5y");
        }
    }
}
