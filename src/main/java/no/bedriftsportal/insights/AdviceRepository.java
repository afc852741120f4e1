package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;

/**
 * What the advice reads (X1, #18.1): set-based, one query per question for the whole scope's subscriptions,
 * over the rollups only ({@code usage_daily}, never {@code usage_event}) and the month's extra-package purchases.
 * Every query carries the company and the subscriptions already limited to the user's customer numbers.
 */
@Repository
class AdviceRepository {

    private final JdbcClient jdbc;

    AdviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each subscription's months in {@code [from, to)} summed as the re-rating needs them. Calls and messages the
     * fixed price covered are those rated {@code fixed_price} in Norway and, roaming in the EU/EEA, those that cost
     * nothing; charged ones are those rated {@code outside_fixed_price} in Norway (ADR 0027 says what this leaves out).
     */
    Map<Long, Map<YearMonth, AdviceMonth>> months(long companyId, Collection<Long> subscriptionIds, YearMonth from, YearMonth to,
            List<String> homeCountries) {
        Map<Long, Map<YearMonth, AdviceMonth>> months = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return months;
        }
        jdbc.sql("""
                select subscription_id, date_trunc('month', day)::date as month,
                       sum(amount) as amount,
                       coalesce(sum(bytes) filter (where home and type = 'DATA' and data_bucket <> 'blocked'), 0) as home_bytes,
                       coalesce(sum(amount) filter (where home and type = 'DATA' and data_bucket <> 'blocked'), 0) as home_amount,
                       coalesce(sum(seconds) filter (where type = 'VOICE' and included), 0) as call_included,
                       coalesce(sum(quantity) filter (where type = 'SMS' and included), 0) as sms_included,
                       coalesce(sum(quantity) filter (where type = 'MMS' and included), 0) as mms_included,
                       coalesce(sum(seconds) filter (where type = 'VOICE' and charged), 0) as call_charged,
                       coalesce(sum(quantity) filter (where type = 'SMS' and charged), 0) as sms_charged,
                       coalesce(sum(quantity) filter (where type = 'MMS' and charged), 0) as mms_charged,
                       coalesce(sum(amount) filter (where charged), 0) as charged_amount
                from (select subscription_id, day, type, bytes, seconds, quantity, amount, data_bucket,
                             (country = 'NO' or country = any(:home)) as home,
                             direction = 'MO' and (country = 'NO' and category = 'fixed_price'
                                 or country <> 'NO' and category = 'abroad' and amount = 0 and country = any(:home)) as included,
                             direction = 'MO' and country = 'NO' and category = 'outside_fixed_price' as charged
                      from usage_daily
                      where company_id = :company and subscription_id = any(:subscriptions)
                        and day >= :from and day < :to) d
                group by subscription_id, date_trunc('month', day)""")
                .param("company", companyId).param("subscriptions", SqlArrays.bigints(subscriptionIds))
                .param("home", SqlArrays.texts(homeCountries)).param("from", from.atDay(1)).param("to", to.atDay(1))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    months.computeIfAbsent(rs.getLong("subscription_id"), id -> new HashMap<>()).put(month, new AdviceMonth(month,
                            month.lengthOfMonth(), rs.getBigDecimal("amount"), rs.getLong("home_bytes"),
                            rs.getBigDecimal("home_amount"), rs.getLong("call_included"), rs.getLong("sms_included"),
                            rs.getLong("mms_included"), rs.getLong("call_charged"), rs.getLong("sms_charged"),
                            rs.getLong("mms_charged"), rs.getBigDecimal("charged_amount"), 0, BigDecimal.ZERO));
                });
        return months;
    }

    /** The extra packages bought in {@code [from, to)} per subscription and month: how many and what they cost, whoever paid. */
    Map<Long, Map<YearMonth, ExtraPackages>> extraPackages(long companyId, Collection<Long> subscriptionIds, YearMonth from,
            YearMonth to) {
        Map<Long, Map<YearMonth, ExtraPackages>> bought = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return bought;
        }
        jdbc.sql("""
                select subscription_id, month, count(*) as packages, sum(price) as amount
                from extra_package_purchase
                where company_id = :company and subscription_id = any(:subscriptions) and month >= :from and month < :to
                group by subscription_id, month""")
                .param("company", companyId).param("subscriptions", SqlArrays.bigints(subscriptionIds))
                .param("from", from.atDay(1)).param("to", to.atDay(1))
                .query(rs -> {
                    bought.computeIfAbsent(rs.getLong("subscription_id"), id -> new HashMap<>()).put(
                            YearMonth.from(rs.getObject("month", LocalDate.class)),
                            new ExtraPackages(rs.getInt("packages"), rs.getBigDecimal("amount")));
                });
        return bought;
    }

    /** Of these subscriptions, those with any traffic (made, received, data, content) on a day from {@code since} on. */
    Set<Long> withTrafficSince(long companyId, Collection<Long> subscriptionIds, LocalDate since) {
        Set<Long> busy = new HashSet<>();
        if (subscriptionIds.isEmpty()) {
            return busy;
        }
        jdbc.sql("""
                select distinct subscription_id from usage_daily
                where company_id = :company and subscription_id = any(:subscriptions) and day >= :since""")
                .param("company", companyId).param("subscriptions", SqlArrays.bigints(subscriptionIds)).param("since", since)
                .query(rs -> {
                    busy.add(rs.getLong("subscription_id"));
                });
        return busy;
    }

    /** The last day with traffic of each of these subscriptions that has any, from the monthly rollup's last month. */
    Map<Long, LocalDate> lastTraffic(long companyId, Collection<Long> subscriptionIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                select m.subscription_id, (select max(d.day) from usage_daily d
                                           where d.company_id = m.company_id and d.subscription_id = m.subscription_id
                                             and d.day >= m.month and d.day < m.month + interval '1 month') as last_day
                from (select company_id, subscription_id, max(month) as month from usage_subscription_monthly
                      where company_id = :company and subscription_id = any(:subscriptions)
                      group by company_id, subscription_id) m""")
                .param("company", companyId).param("subscriptions", SqlArrays.bigints(subscriptionIds))
                .query(rs -> {
                    LocalDate day = rs.getObject("last_day", LocalDate.class);
                    if (day != null) {
                        last.put(rs.getLong("subscription_id"), day);
                    }
                });
        return last;
    }

    /** A month's extra packages of one subscription. */
    record ExtraPackages(int count, BigDecimal amount) {
    }
}
