package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * A company's alert rules (X2): each kind's stored rule, or its defaults; changed one rule at a time, checked
 * field by field, audited. The one service behind the rules' form and the API.
 */
@Service
public class AlertRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    static final BigDecimal MAX_FACTOR = new BigDecimal("100");

    private final JdbcClient jdbc;
    private final PortalUsers portalUsers;
    private final AuditTrail audit;
    private final Clock clock;

    AlertRules(JdbcClient jdbc, PortalUsers portalUsers, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.portalUsers = portalUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every kind's rule of the company, in the kinds' order. */
    public List<AlertRule> rules(long companyId) {
        Map<AlertKind, AlertRule> stored = new EnumMap<>(AlertKind.class);
        jdbc.sql("select * from alert_rule where company_id = :company").param("company", companyId)
                .query((rs, n) -> {
                    var kind = AlertKind.ofSlug(rs.getString("kind"));
                    if (kind.isEmpty()) {
                        return null;
                    }
                    Long[] recipients = (Long[]) rs.getArray("recipients").getArray();
                    Object days = rs.getObject("threshold_days");
                    return new AlertRule(companyId, kind.get(), rs.getBoolean("enabled"), rs.getBigDecimal("threshold_amount"),
                            rs.getBigDecimal("threshold_factor"), days == null ? null : ((Number) days).intValue(),
                            rs.getBoolean("by_email"), rs.getBoolean("by_sms"), rs.getBoolean("to_employee"),
                            List.of(recipients), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
                }).list().stream().filter(java.util.Objects::nonNull).forEach(rule -> stored.put(rule.kind(), rule));
        List<AlertRule> rules = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            rules.add(stored.getOrDefault(kind, AlertRule.defaults(companyId, kind)));
        }
        return rules;
    }

    public AlertRule rule(long companyId, AlertKind kind) {
        return rules(companyId).get(kind.ordinal());
    }

    /**
     * Saves one rule.
     *
     * @throws InvalidInputException a field is wrong (its name: amount, factor, days, channels, recipients)
     * @throws AlertRulesRefused     the editor may not change the company's rules
     */
    @Transactional
    public AlertRule save(long companyId, AlertKind kind, AlertRuleInput input, AlertEditor editor) {
        if (!editor.mayEditRules()) {
            throw new AlertRulesRefused();
        }
        BigDecimal amount = kind.hasAmount() ? amount(input.amount()) : null;
        BigDecimal factor = kind.hasFactor() ? factor(input.factor()) : null;
        Integer days = kind.hasDays() ? days(input.days()) : null;
        if (input.enabled() && !input.byEmail() && !input.bySms()) {
            throw new InvalidInputException("channels", "alerts.rule.error.channels", "Choose e-mail, SMS or both");
        }
        Set<Long> users = new java.util.HashSet<>();
        portalUsers.list(companyId).stream().map(PortalUser::id).forEach(users::add);
        for (Long recipient : input.recipients()) {
            if (!users.contains(recipient)) {
                throw new InvalidInputException("recipients", "alerts.rule.error.recipients", "Not a portal user of the company");
            }
        }
        List<Long> recipients = input.recipients().stream().distinct().sorted().toList();
        var now = clock.instant();
        jdbc.sql("""
                insert into alert_rule (company_id, kind, enabled, threshold_amount, threshold_factor, threshold_days,
                                        by_email, by_sms, to_employee, recipients, changed_by, changed_at)
                values (:company, :kind, :enabled, :amount, :factor, :days, :email, :sms, :employee, :recipients, :by, :at)
                on conflict (company_id, kind) do update set enabled = excluded.enabled,
                    threshold_amount = excluded.threshold_amount, threshold_factor = excluded.threshold_factor,
                    threshold_days = excluded.threshold_days, by_email = excluded.by_email, by_sms = excluded.by_sms,
                    to_employee = excluded.to_employee, recipients = excluded.recipients,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .param("company", companyId).param("kind", kind.name()).param("enabled", input.enabled())
                .param("amount", amount).param("factor", factor).param("days", days)
                .param("email", input.byEmail()).param("sms", input.bySms()).param("employee", input.toEmployee())
                .param("recipients", recipients.toArray(Long[]::new)).param("by", editor.name())
                .param("at", Timestamp.from(now)).update();
        if (editor.audited()) {
            audit.changed(Change.ALERT_RULE_SAVED, input.enabled() ? "ON" : "OFF", List.of(kind.name(),
                    amount == null ? "–" : amount.toPlainString(), factor == null ? "–" : factor.toPlainString(),
                    days == null ? "–" : days.toString()));
        }
        return rule(companyId, kind);
    }

    private static BigDecimal amount(String typed) {
        BigDecimal value = number(typed, "amount", "alerts.rule.error.amount", "Give an amount in kroner, e.g. 500");
        if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 2) {
            throw new InvalidInputException("amount", "alerts.rule.error.amount", "Give an amount in kroner, e.g. 500");
        }
        return value.setScale(2);
    }

    private static BigDecimal factor(String typed) {
        BigDecimal value = number(typed, "factor", "alerts.rule.error.factor", "Give a factor from 1.5 to 100, e.g. 3");
        if (value.compareTo(new BigDecimal("1.5")) < 0 || value.compareTo(MAX_FACTOR) > 0 || value.scale() > 2) {
            throw new InvalidInputException("factor", "alerts.rule.error.factor", "Give a factor from 1.5 to 100, e.g. 3");
        }
        return value;
    }

    private static Integer days(String typed) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value >= 0 && value <= 90) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException("days", "alerts.rule.error.days", "Give a number of days from 0 to 90");
    }

    private static BigDecimal number(String typed, String field, String key, String message) {
        String plain = typed == null ? "" : typed.strip().replace("\u00a0", "").replace(" ", "").replace("kr", "")
                .replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, key, message);
        }
    }
}
