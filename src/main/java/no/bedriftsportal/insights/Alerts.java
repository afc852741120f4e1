package no.bedriftsportal.insights;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * The alerts list (X2): the one service behind the page and {@code /api/v1/insights/alerts} — the alerts the
 * scope sees, filtered and paged, and their state changed one by one or many at once (audited).
 */
@Service
public class Alerts {

    /** At most this many alerts in one bulk change. */
    static final int MAX_BULK = 500;

    private final AlertStore store;
    private final AuditTrail audit;
    private final Clock clock;

    Alerts(AlertStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The query's page of the alerts the scope sees, newest first. */
    public AlertPage list(AccessScope scope, AlertQuery query) {
        return store.list(scope, query, query.offset(), query.size());
    }

    /** As {@link #list(AccessScope, AlertQuery)}, from {@code offset} at most {@code limit} (the API's cursor). */
    public AlertPage list(AccessScope scope, AlertQuery query, long offset, int limit) {
        return store.list(scope, query, offset, limit);
    }

    public AlertLine get(AccessScope scope, long alertId) {
        return store.find(scope, alertId).orElseThrow(() -> new NotFoundException("alert"));
    }

    /** How many new alerts the scope sees: the navigation's and "Krever handling"'s count. */
    public long countNew(AccessScope scope) {
        return store.countNew(scope);
    }

    /** Sets the state of the alerts (those the scope sees); how many changed. */
    @Transactional
    public int setState(AccessScope scope, Collection<Long> alertIds, AlertState state, AlertEditor editor) {
        if (state == null) {
            throw new InvalidInputException("state", "alerts.error.state", "Choose new, seen or closed");
        }
        if (alertIds.isEmpty()) {
            throw new InvalidInputException("ids", "alerts.error.none", "Choose at least one alert");
        }
        if (alertIds.size() > MAX_BULK) {
            throw new InvalidInputException("ids", "alerts.error.tooMany", "At most 500 alerts at once");
        }
        int changed = store.setState(scope, List.copyOf(alertIds), state, editor.name(), clock.instant());
        if (changed > 0 && editor.audited()) {
            audit.changed(Change.ALERT_STATE_SET, state.name(), List.of(changed));
        }
        return changed;
    }
}
