package no.bedriftsportal.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * What the rating made of a subscription's records, piece by piece, so the operator can check
 * amounts, categories and buckets. Only the months still kept (portal.usage.event-retention-months).
 */
@RestController
@Tag(name = "Usage files", description = "Call detail record files: upload, ledger and rejected records")
class UsageEventOperatorApi {

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;

    UsageEventOperatorApi(JdbcClient jdbc, Subscriptions subscriptions) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/operator/subscriptions/{msisdn}/usage-events")
    @Operation(summary = "The rated pieces of the number's latest subscription between two days (Europe/Oslo, inclusive), "
            + "in time order")
    List<UsageEventView> events(@PathVariable String msisdn,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(92))) {
            throw new InvalidInputException("to", "usage.period.invalid", "to must be on or after from, at most 92 days later");
        }
        Subscription subscription = subscriptions.latest(msisdn);
        Instant start = Oslo.startOf(from);
        Instant end = Oslo.startOf(to.plusDays(1));
        return jdbc.sql("""
                select cdr_id, piece, start_time, type, direction, category, data_bucket, cost_group, zone, country,
                       destination_country, other_party, seconds, bytes, quantity, amount, vat_rate, content_service, provider,
                       description, cdr_file_id
                from usage_event
                where company_id = :company and subscription_id = :subscription and start_time >= :start and start_time < :end
                order by start_time, cdr_id, piece""")
                .param("company", subscription.companyId()).param("subscription", subscription.id())
                .param("start", java.sql.Timestamp.from(start)).param("end", java.sql.Timestamp.from(end))
                .query((rs, n) -> new UsageEventView(rs.getString("cdr_id"), rs.getInt("piece"),
                        rs.getTimestamp("start_time").toInstant(), rs.getString("type"), rs.getString("direction"),
                        rs.getString("category"), rs.getString("data_bucket"), rs.getString("cost_group"), rs.getString("zone"),
                        rs.getString("country"), rs.getString("destination_country"), rs.getString("other_party"),
                        rs.getLong("seconds"), rs.getLong("bytes"), rs.getInt("quantity"), rs.getBigDecimal("amount"),
                        rs.getInt("vat_rate"), rs.getBoolean("content_service"), rs.getString("provider"),
                        rs.getString("description"), rs.getLong("cdr_file_id")))
                .list();
    }
}
