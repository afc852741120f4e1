package no.bedriftsportal.insights;

import java.util.List;

/**
 * A rule as the form or the API gives it, before it is checked: thresholds as typed ({@code 1 500,50} or
 * {@code 1500.50}), recipients as portal user ids.
 */
public record AlertRuleInput(boolean enabled, String amount, String factor, String days, boolean byEmail, boolean bySms,
        boolean toEmployee, List<Long> recipients) {

    public AlertRuleInput {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public static AlertRuleInput of(AlertRule rule) {
        return new AlertRuleInput(rule.enabled(), plain(rule.amount()), plain(rule.factor()),
                rule.days() == null ? "" : rule.days().toString(), rule.byEmail(), rule.bySms(), rule.toEmployee(),
                rule.recipients());
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
