package no.bedriftsportal.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;

/** The subscription_holder table: who holds a subscription from which moment. */
@Repository
class SubscriptionHolderRepository {

    private final JdbcClient jdbc;

    SubscriptionHolderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a holder from a moment; a second record for the same moment replaces the first. */
    void record(long companyId, long subscriptionId, Instant effectiveFrom, Long employeeId, Instant recordedAt, String by) {
        jdbc.sql("""
                insert into subscription_holder (company_id, subscription_id, effective_from, employee_id, recorded_at, changed_by)
                values (:companyId, :subscriptionId, :effectiveFrom, :employeeId, :recordedAt, :by)
                on conflict (company_id, subscription_id, effective_from) do update
                   set employee_id = excluded.employee_id, recorded_at = excluded.recorded_at, changed_by = excluded.changed_by""")
                .param("companyId", companyId).param("subscriptionId", subscriptionId)
                .param("effectiveFrom", Timestamp.from(effectiveFrom)).param("employeeId", employeeId)
                .param("recordedAt", Timestamp.from(recordedAt)).param("by", by)
                .update();
    }

    /**
     * Sets subscription.employee_id to the holder in effect at {@code now} where it differs, for one
     * subscription or (both null) every subscription; answers the companies whose subscriptions changed.
     */
    Set<Long> keepCurrentInStep(Long companyId, Long subscriptionId, Instant now) {
        List<Long> companies = jdbc.sql("""
                update subscription s set employee_id = h.employee_id
                from (select distinct on (company_id, subscription_id) company_id, subscription_id, employee_id
                      from subscription_holder
                      where effective_from <= :now
                        and (cast(:companyId as bigint) is null or company_id = :companyId)
                        and (cast(:subscriptionId as bigint) is null or subscription_id = :subscriptionId)
                      order by company_id, subscription_id, effective_from desc) h
                where s.company_id = h.company_id and s.subscription_id = h.subscription_id
                  and s.employee_id is distinct from h.employee_id
                returning s.company_id""")
                .param("now", Timestamp.from(now)).param("companyId", companyId).param("subscriptionId", subscriptionId)
                .query(Long.class).list();
        return new TreeSet<>(companies);
    }

    List<HolderChange> history(long companyId, long subscriptionId) {
        return jdbc.sql("""
                select employee_id, effective_from, recorded_at, changed_by from subscription_holder
                where company_id = :companyId and subscription_id = :id order by effective_from""")
                .param("companyId", companyId).param("id", subscriptionId)
                .query((rs, row) -> new HolderChange((Long) rs.getObject("employee_id"), instant(rs, "effective_from"),
                        instant(rs, "recorded_at"), rs.getString("changed_by")))
                .list();
    }

    /**
     * The holders of these subscriptions of the company over {@code [from, to)}, each list covering
     * it without gaps in time order; a subscription of another company, or unknown, is left out.
     */
    Map<Long, List<HolderPeriod>> periods(long companyId, Collection<Long> subscriptionIds, Instant from, Instant to) {
        // two plain reads by the keys, joined here: as one statement the planner expected ten wanted ids and
        // ran the history's window once per subscription (4 s for 2,000 subscriptions, issue #14's benchmark)
        Object ids = SqlArrays.bigints(subscriptionIds);
        Map<Long, Long> current = new LinkedHashMap<>();
        jdbc.sql("""
                select subscription_id, employee_id from subscription
                where company_id = :companyId and subscription_id = any(:ids) order by subscription_id""")
                .param("companyId", companyId).param("ids", ids)
                .query(rs -> {
                    current.put(rs.getLong("subscription_id"), (Long) rs.getObject("employee_id"));
                });
        Map<Long, List<Held>> history = new HashMap<>();
        jdbc.sql("""
                select subscription_id, employee_id, effective_from from subscription_holder
                where company_id = :companyId and subscription_id = any(:ids) order by subscription_id, effective_from""")
                .param("companyId", companyId).param("ids", ids)
                .query(rs -> {
                    history.computeIfAbsent(rs.getLong("subscription_id"), id -> new ArrayList<>())
                            .add(new Held((Long) rs.getObject("employee_id"), instant(rs, "effective_from")));
                });
        Map<Long, List<HolderPeriod>> answer = new LinkedHashMap<>();
        current.forEach((id, currentHolder) -> {
            Periods periods = new Periods(from);
            List<Held> changes = history.get(id);
            if (changes == null) {
                // a subscription written without history (not through this module): its current holder throughout
                periods.add(currentHolder, from, to);
            } else {
                for (int i = 0; i < changes.size(); i++) {
                    Instant next = i + 1 < changes.size() ? changes.get(i + 1).effectiveFrom() : to;
                    periods.add(changes.get(i).employeeId(), max(changes.get(i).effectiveFrom(), from), min(next, to));
                }
            }
            answer.put(id, periods.until(to));
        });
        return answer;
    }

    /** A holder from a moment, as subscription_holder records it. */
    private record Held(Long employeeId, Instant effectiveFrom) {
    }

    /** Periods in time order, with null-holder periods filling the gaps and equal holders next to each other joined. */
    private static final class Periods {

        private final List<HolderPeriod> list = new ArrayList<>();
        private Instant covered;

        Periods(Instant from) {
            this.covered = from;
        }

        void add(Long employeeId, Instant from, Instant to) {
            if (!from.isBefore(to)) {
                return;
            }
            if (from.isAfter(covered)) {
                append(null, covered, from);
            }
            append(employeeId, from, to);
        }

        List<HolderPeriod> until(Instant to) {
            if (covered.isBefore(to)) {
                append(null, covered, to);
            }
            return List.copyOf(list);
        }

        private void append(Long employeeId, Instant from, Instant to) {
            HolderPeriod last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && java.util.Objects.equals(last.employeeId(), employeeId) && last.to().equals(from)) {
                list.set(list.size() - 1, new HolderPeriod(employeeId, last.from(), to));
            } else {
                list.add(new HolderPeriod(employeeId, from, to));
            }
            covered = to;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
