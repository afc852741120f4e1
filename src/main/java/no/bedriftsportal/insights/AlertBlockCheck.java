package no.bedriftsportal.insights;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.UsageIngested;

/**
 * {@link AlertKind#DATA_BLOCKED}: Datakontroll blocked a user's data (the blocks the file started, as usage recorded
 * them in data_block); once per subscription and month, however often data is blocked again after an extra package.
 */
@Component
class AlertBlockCheck implements AlertCheck {

    private final JdbcClient jdbc;

    AlertBlockCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AlertKind kind() {
        return AlertKind.DATA_BLOCKED;
    }

    @Override
    public List<AlertOccurrence> check(AlertRule rule, AlertCheckContext context) {
        Map<String, UsageIngested.Block> first = new TreeMap<>();
        for (UsageIngested.Block block : context.blocks()) {
            first.putIfAbsent(block.subscriptionId() + "/" + Oslo.monthOf(block.blockedAt()), block);
        }
        return first.values().stream().map(block -> {
            YearMonth month = Oslo.monthOf(block.blockedAt());
            Long account = jdbc.sql("select customer_account_id from subscription where company_id = :company "
                            + "and subscription_id = :subscription")
                    .param("company", context.companyId()).param("subscription", block.subscriptionId())
                    .query(Long.class).optional().orElse(null);
            return new AlertOccurrence(block.subscriptionId(), account, null, month.toString(),
                    Oslo.dateOf(block.blockedAt()), null, null);
        }).toList();
    }
}
