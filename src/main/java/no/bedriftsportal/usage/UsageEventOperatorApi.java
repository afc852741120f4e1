package no.bedriftsportal.usage;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * What the rating made of a number's records, piece by piece, so the operator can check amounts,
 * categories and buckets. A number may have moved between companies, or been terminated and taken
 * up again: every subscription it has had is reached, each for the days it was active, as the
 * rating itself chose it; each piece names its subscription and company. Only the months still
 * kept (portal.usage.event-retention-months).
 */
@RestController
@Tag(name = "Usage files", description = "Call detail record files: upload, ledger and rejected records")
class UsageEventOperatorApi {

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final Companies companies;

    UsageEventOperatorApi(JdbcClient jdbc, Subscriptions subscriptions, Companies companies) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.companies = companies;
    }

    @GetMapping("/api/operator/subscriptions/{msisdn}/usage-events")
    @Operation(summary = "The rated pieces of a number between two days (Europe/Oslo, inclusive), in time order: each day's from "
            + "the subscription active that day, in whichever company, each piece with its subscriptionId, companyId and orgNumber")
    List<UsageEventView> events(@PathVariable String msisdn,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(92))) {
            throw new InvalidInputException("to", "usage.period.invalid", "to must be on or after from, at most 92 days later");
        }
        List<Subscription> all = subscriptions.ofNumber(msisdn);
        if (all.isEmpty()) {
            throw new NotFoundException("subscription " + msisdn);
        }
        Map<Long, String> orgNumbers = new HashMap<>();
        List<UsageEventView> events = new ArrayList<>();
        for (Subscription subscription : all) {
            LocalDate first = later(from, subscription.activeFrom());
            LocalDate last = subscription.terminatedOn() == null ? to : earlier(to, subscription.terminatedOn().minusDays(1));
            if (!last.isBefore(first)) {
                String orgNumber = orgNumbers.computeIfAbsent(subscription.companyId(),
                        id -> companies.get(id).orgNumber().value());
                events.addAll(events(subscription, orgNumber, first, last));
            }
        }
        return events;
    }

    /** One subscription's pieces on the days {@code first} to {@code last}, in time order. */
    private List<UsageEventView> events(Subscription subscription, String orgNumber, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                select cdr_id, piece, start_time, type, direction, category, data_bucket, cost_group, zone, country,
                       destination_country, other_party, seconds, bytes, quantity, amount, vat_rate, content_service, provider,
                       description, cdr_file_id
                from usage_event
                where company_id = :company and subscription_id = :subscription and start_time >= :start and start_time < :end
                order by start_time, cdr_id, piece""")
                .param("company", subscription.companyId()).param("subscription", subscription.id())
                .param("start", Timestamp.from(Oslo.startOf(first))).param("end", Timestamp.from(Oslo.startOf(last.plusDays(1))))
                .query((rs, n) -> new UsageEventView(rs.getString("cdr_id"), rs.getInt("piece"),
                        rs.getTimestamp("start_time").toInstant(), rs.getString("type"), rs.getString("direction"),
                        rs.getString("category"), rs.getString("data_bucket"), rs.getString("cost_group"), rs.getString("zone"),
                        rs.getString("country"), rs.getString("destination_country"), rs.getString("other_party"),
                        rs.getLong("seconds"), rs.getLong("bytes"), rs.getInt("quantity"), rs.getBigDecimal("amount"),
                        rs.getInt("vat_rate"), rs.getBoolean("content_service"), rs.getString("provider"),
                        rs.getString("description"), rs.getLong("cdr_file_id"), subscription.id(), subscription.companyId(),
                        orgNumber))
                .list();
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
