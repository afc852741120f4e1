package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link AlertKind#DATA_80} and {@link AlertKind#DATA_100}: the month's data (package and extra packages) used to
 * 80 % or to all of it; once per subscription and month each. Two beans of this class, one per share
 * ({@link AlertChecks}).
 */
class AlertDataCheck implements AlertCheck {

    private final AlertKind kind;
    private final int percent;
    private final AlertDataUse use;

    AlertDataCheck(AlertKind kind, int percent, AlertDataUse use) {
        this.kind = kind;
        this.percent = percent;
        this.use = use;
    }

    @Override
    public AlertKind kind() {
        return kind;
    }

    @Override
    public List<AlertOccurrence> check(AlertRule rule, AlertCheckContext context) {
        return use.atLeast(context, percent).stream()
                .map(share -> new AlertOccurrence(share.subscriptionId(), share.customerAccountId(), null,
                        share.month().toString(), share.month().atDay(1), share.percent(), BigDecimal.valueOf(percent)))
                .toList();
    }
}
