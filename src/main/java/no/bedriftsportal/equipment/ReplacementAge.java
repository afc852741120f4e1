package no.bedriftsportal.equipment;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * The company's replacement age of equipment (E2, S2): a device bought longer ago than this many months shows in
 * "Krever handling". 36 months until the company sets its own; the company settings page changes it through
 * {@link #change}.
 */
@Service
public class ReplacementAge {

    public static final int DEFAULT_MONTHS = 36;
    public static final int MIN_MONTHS = 6;
    public static final int MAX_MONTHS = 120;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReplacementAge(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public int months(long companyId) {
        return jdbc.sql("select replacement_age_months from equipment_setting where company_id = :companyId")
                .param("companyId", companyId).query(Integer.class).optional().orElse(DEFAULT_MONTHS);
    }

    /** Sets the replacement age as typed in a form or sent by the API; not a whole number is refused as out of range. */
    @Transactional
    public int change(long companyId, String months, String changedBy) {
        int parsed;
        try {
            parsed = Integer.parseInt(months == null ? "" : months.strip());
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        return change(companyId, parsed, changedBy);
    }

    /**
     * Sets the company's replacement age, in the audit log with before and after.
     *
     * @param changedBy who changes it, as the setting's row names them
     */
    @Transactional
    public int change(long companyId, int months, String changedBy) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new InvalidInputException("replacementAgeMonths", "equipment.error.replacementAge",
                    "replacementAgeMonths must be between " + MIN_MONTHS + " and " + MAX_MONTHS, MIN_MONTHS, MAX_MONTHS);
        }
        int before = months(companyId);
        jdbc.sql("""
                insert into equipment_setting (company_id, replacement_age_months, changed_by, changed_at)
                values (:companyId, :months, :by, :now)
                on conflict (company_id) do update set replacement_age_months = excluded.replacement_age_months,
                       changed_by = excluded.changed_by, changed_at = excluded.changed_at
                """).param("companyId", companyId).param("months", months)
                .param("by", changedBy == null || changedBy.isBlank() ? "?" : changedBy)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        if (before != months) {
            audit.changed(Change.EQUIPMENT_REPLACEMENT_AGE_SET, null, List.of(before, months));
        }
        return months;
    }
}
