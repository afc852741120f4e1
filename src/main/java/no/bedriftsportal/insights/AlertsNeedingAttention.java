package no.bedriftsportal.insights;

import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NeedsAttention;

/** "Krever handling" (X2): the new alerts the user sees, linked to the list of new alerts. */
@Component
class AlertsNeedingAttention implements NeedsAttention {

    private final Alerts alerts;

    AlertsNeedingAttention(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public String module() {
        return "INSIGHTS";
    }

    @Override
    public List<Item> items(AccessScope scope) {
        long count = alerts.countNew(scope);
        return count == 0 ? List.of() : List.of(new Item("new-alerts", "dashboard.attention.newAlerts",
                AlertQuery.PATH + "?state=NEW", null, count, 0, null, true));
    }
}
