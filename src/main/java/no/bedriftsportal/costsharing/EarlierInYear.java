package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.subscription.HolderPeriod;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * What the employees' months before M in M's calendar year bring to M's computation
 * (COST-SHARING.md step 5): Y, the private content purchases counted against the yearly threshold.
 */
@Repository
class EarlierInYear {

    private final JdbcClient jdbc;
    private final RulesInForce rules;
    private final Subscriptions subscriptions;

    EarlierInYear(JdbcClient jdbc, RulesInForce rules, Subscriptions subscriptions) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.subscriptions = subscriptions;
    }

    /**
     * Y: the opening balance of M's year and the private content purchases of the year's earlier
     * months on subscriptions that had a profile in force in their month (an unclassified one counted
     * as that month's settings say), all the employee's subscriptions together.
     */
    Map<Long, BigDecimal> privateContent(long companyId, YearMonth month, Set<Long> employees) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        jdbc.sql("select employee_id, amount from content_opening_balance where company_id = :companyId and year = :year "
                + "and employee_id = any(:employees)")
                .param("companyId", companyId).param("year", month.getYear()).param("employees", SqlArrays.bigints(employees))
                .query(rs -> {
                    sums.merge(rs.getLong("employee_id"), rs.getBigDecimal("amount"), BigDecimal::add);
                });
        // which subscriptions had a profile in force in each earlier month, and who held them over the year so far (one read)
        Map<YearMonth, Set<Long>> withProfile = new HashMap<>();
        Map<YearMonth, Classification> unclassifiedByMonth = new HashMap<>();
        Set<Long> subscriptions = new HashSet<>();
        for (YearMonth earlier = YearMonth.of(month.getYear(), 1); earlier.isBefore(month); earlier = earlier.plusMonths(1)) {
            Set<Long> ids = rules.profilesInForce(companyId, earlier).keySet();
            if (!ids.isEmpty()) {
                withProfile.put(earlier, ids);
                unclassifiedByMonth.put(earlier, rules.settings(companyId, earlier).unclassifiedAs());
                subscriptions.addAll(ids);
            }
        }
        if (subscriptions.isEmpty()) {
            sums.replaceAll((employee, sum) -> sum.setScale(2));
            return sums;
        }
        Instant yearStart = Oslo.startOf(LocalDate.of(month.getYear(), 1, 1));
        Map<Long, List<HolderPeriod>> periods = this.subscriptions.holderPeriods(companyId, subscriptions, yearStart,
                Oslo.startOf(month.atDay(1)));
        // one read of the company's content purchases in the year so far (few, by a partial index, V26); those on
        // subscriptions without a profile in their month are left out here, as a holder is found for each by its time
        jdbc.sql("""
                select e.subscription_id, e.start_time, k.classification,
                       e.amount + round(e.amount * e.vat_rate / 100.0, 2) as gross
                from usage_event e
                left join content_classification k
                       on k.company_id = e.company_id and k.cdr_id = e.cdr_id and k.piece = e.piece
                where e.company_id = :companyId and e.content_service
                  and e.start_time >= :from and e.start_time < :to and e.amount <> 0""")
                .param("companyId", companyId).param("from", Timestamp.from(yearStart))
                .param("to", Timestamp.from(Oslo.startOf(month.atDay(1))))
                .query(rs -> {
                    Instant at = rs.getTimestamp("start_time").toInstant();
                    YearMonth earlier = Oslo.monthOf(at);
                    long subscriptionId = rs.getLong("subscription_id");
                    if (!withProfile.getOrDefault(earlier, Set.of()).contains(subscriptionId)) {
                        return;
                    }
                    Long holder = holderAt(periods.getOrDefault(subscriptionId, List.of()), at);
                    String classification = rs.getString("classification");
                    Classification counted = classification == null ? unclassifiedByMonth.get(earlier)
                            : Classification.valueOf(classification);
                    if (holder != null && employees.contains(holder) && counted == Classification.PRIVATE) {
                        sums.merge(holder, rs.getBigDecimal("gross"), BigDecimal::add);
                    }
                });
        sums.replaceAll((employee, sum) -> sum.setScale(2));
        return sums;
    }

    private static Long holderAt(List<HolderPeriod> periods, Instant at) {
        for (HolderPeriod period : periods) {
            if (!at.isBefore(period.from()) && at.isBefore(period.to())) {
                return period.employeeId();
            }
        }
        return null;
    }
}
