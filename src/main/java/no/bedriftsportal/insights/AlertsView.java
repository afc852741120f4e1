package no.bedriftsportal.insights;

import java.util.List;
import java.util.Locale;

import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The alerts page (X2): the list with its filter, and the rules' forms. {@code failed} is the rule whose form was
 * sent with an error: it shows what was typed and the message beside {@code errorField}.
 */
public record AlertsView(AlertQuery query, AlertPage alerts, List<CustomerAccount> departments, List<AlertRule> rules,
        List<PortalUser> users, boolean mayEditRules, String flash, AlertKind failed, AlertRuleInput typed,
        String errorField, String errorMessage) {

    /** What the rule's form shows: what was typed when it failed, else the rule. */
    public AlertRuleInput input(AlertRule rule) {
        return rule.kind() == failed && typed != null ? typed : AlertRuleInput.of(rule);
    }

    /** The error beside a rule's field, or null. */
    public String error(AlertKind kind, String field) {
        return kind == failed && field.equals(errorField) ? errorMessage : null;
    }

    /** The alert in words. */
    public String text(PageContext page, AlertLine line) {
        Locale locale = Locale.forLanguageTag(page.lang());
        return page.t(AlertWords.key(line.kind()), AlertWords.arguments(line, locale));
    }

    public String who(AlertLine line) {
        return AlertWords.who(line);
    }

    public String period(PageContext page, AlertLine line) {
        return AlertWords.period(line, Locale.forLanguageTag(page.lang()));
    }

    public long firstRow() {
        return alerts.total() == 0 ? 0 : query.offset() + 1;
    }

    public long lastRow() {
        return query.offset() + alerts.rows().size();
    }

    /** The rules, each with its form (the budgets' forecast too, #18.3). */
    public List<AlertRule> editableRules() {
        return rules;
    }
}
