package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.Oslo;

/**
 * An employee's own calls and messages, piece by piece, for their eyes only (#15.2, DOMAIN-RULES
 * "Privacy"): the other party unmasked, since it is their own traffic. Only the employee's own page
 * calls this; the administration sees aggregates and masked numbers elsewhere. Events are read for
 * the windows the caller gives (the times the employee held each subscription) and only for the
 * months rated events are kept.
 */
@Service
public class OwnEvents {

    /** A subscription held by the employee during {@code [from, to)}. */
    public record Window(long subscriptionId, Instant from, Instant to) {
    }

    /**
     * A call or message.
     *
     * @param amount excluding VAT, as rated
     */
    public record OwnEvent(String cdrId, int piece, long subscriptionId, Instant startTime, String type, String direction,
            String category, String otherParty, String country, long seconds, int quantity, BigDecimal amount) {
    }

    /** A page of events, the newest first; {@code more} when an older page exists. */
    public record Page(List<OwnEvent> events, boolean more) {
    }

    private final JdbcClient jdbc;
    private final UsageProperties properties;
    private final Clock clock;

    OwnEvents(JdbcClient jdbc, UsageProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The oldest month whose events are still kept. */
    public YearMonth oldestKept() {
        return Oslo.monthOf(clock.instant()).minusMonths(properties.usage().eventRetentionMonths() - 1L);
    }

    /**
     * The calls and messages of one month within the windows, newest first, {@code limit} from
     * {@code offset}.
     */
    @Transactional(readOnly = true)
    public Page month(long companyId, List<Window> windows, YearMonth month, int offset, int limit) {
        Instant monthStart = Oslo.startOf(month.atDay(1));
        Instant monthEnd = Oslo.startOf(month.plusMonths(1).atDay(1));
        List<OwnEvent> events = new ArrayList<>();
        StringBuilder within = new StringBuilder();
        List<Object[]> bounds = new ArrayList<>();
        for (Window window : windows) {
            Instant from = window.from().isAfter(monthStart) ? window.from() : monthStart;
            Instant to = window.to() == null || window.to().isAfter(monthEnd) ? monthEnd : window.to();
            if (from.isBefore(to)) {
                within.append(within.isEmpty() ? "" : " or ").append("(subscription_id = :s").append(bounds.size())
                        .append(" and start_time >= :f").append(bounds.size()).append(" and start_time < :t").append(bounds.size()).append(')');
                bounds.add(new Object[] {window.subscriptionId(), Timestamp.from(from), Timestamp.from(to)});
            }
        }
        if (bounds.isEmpty() || month.isBefore(oldestKept())) {
            return new Page(List.of(), false);
        }
        var statement = jdbc.sql("""
                select cdr_id, piece, subscription_id, start_time, type, direction, category, other_party,
                       coalesce(destination_country, country) as country, seconds, quantity, amount
                from usage_event
                where company_id = :company and start_time >= :monthStart and start_time < :monthEnd
                  and type in ('VOICE', 'SMS', 'MMS') and (%s)
                order by start_time desc, cdr_id desc, piece desc
                limit :limit offset :offset""".formatted(within))
                .param("company", companyId).param("monthStart", Timestamp.from(monthStart))
                .param("monthEnd", Timestamp.from(monthEnd)).param("limit", limit + 1).param("offset", offset);
        for (int i = 0; i < bounds.size(); i++) {
            statement = statement.param("s" + i, bounds.get(i)[0]).param("f" + i, bounds.get(i)[1]).param("t" + i, bounds.get(i)[2]);
        }
        statement.query(rs -> {
            events.add(new OwnEvent(rs.getString("cdr_id"), rs.getInt("piece"), rs.getLong("subscription_id"),
                    rs.getTimestamp("start_time").toInstant(), rs.getString("type"), rs.getString("direction"),
                    rs.getString("category"), rs.getString("other_party"), rs.getString("country"), rs.getLong("seconds"),
                    rs.getInt("quantity"), rs.getBigDecimal("amount")));
        });
        boolean more = events.size() > limit;
        return new Page(more ? events.subList(0, limit) : events, more);
    }
}
