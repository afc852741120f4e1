package no.bedriftsportal.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * The company's rule "super users log in with a passkey" (X5, #18.4, ADR 0030), off until the
 * company turns it on under Innstillinger → Firma or through {@code PUT /api/v1/settings/passkeys}.
 * While it is on, a super user's SMS login is only good for registering their first passkey
 * ({@link PasskeyRequirementFilter}).
 */
@Service
public class PasskeyPolicy {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PasskeyPolicy(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean requiredForSuperUsers(long companyId) {
        return jdbc.sql("select required_for_super_users from passkey_policy where company_id = :companyId")
                .param("companyId", companyId).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Switches the rule, in the audit log when it changes.
     *
     * @param changedBy who changes it, as the setting's row names them
     */
    @Transactional
    public boolean change(long companyId, boolean required, String changedBy) {
        boolean before = requiredForSuperUsers(companyId);
        jdbc.sql("""
                insert into passkey_policy (company_id, required_for_super_users, changed_by, changed_at)
                values (:companyId, :required, :by, :now)
                on conflict (company_id) do update set required_for_super_users = excluded.required_for_super_users,
                       changed_by = excluded.changed_by, changed_at = excluded.changed_at
                """).param("companyId", companyId).param("required", required)
                .param("by", changedBy == null || changedBy.isBlank() ? "?" : changedBy)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        if (before != required) {
            audit.changed(Change.PASSKEY_POLICY_SET, required ? "ON" : "OFF", List.of());
        }
        return required;
    }
}
