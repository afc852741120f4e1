package no.bedriftsportal.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.bedriftsportal.insights.AlertEditor;
import no.bedriftsportal.insights.AlertKind;
import no.bedriftsportal.insights.AlertLine;
import no.bedriftsportal.insights.AlertQuery;
import no.bedriftsportal.insights.AlertRule;
import no.bedriftsportal.insights.AlertRuleInput;
import no.bedriftsportal.insights.AlertRules;
import no.bedriftsportal.insights.AlertState;
import no.bedriftsportal.insights.Alerts;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * The demo company's alerts (X2, #18.2): its rules are on from the start (the defaults), so its 36 months of usage
 * recorded alerts as they were ingested, history without telling anyone. Afterwards the rules get the demo's own
 * settings (roaming also by SMS, a lower bar for an unusual month), and the alerts states as an administrator would
 * have left them: those of earlier months closed, last month's seen, this month's new.
 */
@Component
class DemoAlerts {

    private static final int PAGE = 500;

    private final AlertRules rules;
    private final Alerts alerts;
    private final Clock clock;

    DemoAlerts(AlertRules rules, Alerts alerts, Clock clock) {
        this.rules = rules;
        this.alerts = alerts;
        this.clock = clock;
    }

    void settle(long companyId) {
        AlertEditor demo = AlertEditor.system("Demo");
        for (AlertRule rule : rules.rules(companyId)) {
            if (rule.kind() == AlertKind.BUDGET_FORECAST) {
                continue;
            }
            AlertRuleInput input = AlertRuleInput.of(rule);
            boolean sms = rule.kind() == AlertKind.ROAMING_DAY || rule.kind() == AlertKind.DATA_BLOCKED;
            String amount = rule.kind() == AlertKind.UNUSUAL_MONTH ? "500" : input.amount();
            rules.save(companyId, rule.kind(), new AlertRuleInput(true, amount, input.factor(), input.days(), true, sms,
                    rule.kind() == AlertKind.DATA_80, List.of()), demo);
        }
        YearMonth thisMonth = YearMonth.from(Oslo.today(clock));
        AccessScope company = AccessScope.wholeCompany(companyId);
        List<Long> seen = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        for (int page = 1; ; page++) {
            var found = alerts.list(company, new AlertQuery(AlertState.NEW, null, null, page, PAGE));
            for (AlertLine line : found.rows()) {
                YearMonth month = YearMonth.from(line.occurredOn());
                if (month.isBefore(thisMonth.minusMonths(1))) {
                    closed.add(line.id());
                } else if (month.isBefore(thisMonth)) {
                    seen.add(line.id());
                }
            }
            if (found.rows().size() < PAGE) {
                break;
            }
        }
        for (Map.Entry<AlertState, List<Long>> change : Map.of(AlertState.SEEN, seen, AlertState.CLOSED, closed).entrySet()) {
            List<Long> ids = change.getValue();
            for (int from = 0; from < ids.size(); from += PAGE) {
                alerts.setState(company, ids.subList(from, Math.min(ids.size(), from + PAGE)), change.getKey(), demo);
            }
        }
    }
}
