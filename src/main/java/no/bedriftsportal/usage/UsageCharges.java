package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.SqlArrays;

/**
 * The usage module's read API for billing: what is billable for subscriptions between two
 * regions — the rated usage by kind and month, and the extra packages paid by the company or by
 * salary deduction (never Vipps-paid ones).
 */
@Service
public class UsageCharges {

    private final JdbcClient jdbc;

    UsageCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where billing would stand now for a month: every file and purchase loaded so far. */
    public BillableRegion regionNow(YearMonth month) {
        long files = jdbc.sql("select coalesce(max(cdr_file_id), 0) from cdr_file").query(Long.class).single();
        long purchases = jdbc.sql("select coalesce(max(extra_package_purchase_id), 0) from extra_package_purchase")
                .query(Long.class).single();
        return new BillableRegion(month, files, purchases);
    }

    /** Usage in {@code region} and not in {@code before}, summed over files, for these subscriptions. */
    public List<UsageChargeRow> usage(long companyId, Collection<Long> subscriptionIds, BillableRegion region,
            BillableRegion before) {
        return jdbc.sql("""
                select subscription_id, month, charge_kind, zone, vat_rate, provider, min(first_day) as first_day,
                       max(last_day) as last_day, sum(events) as events, sum(seconds) as seconds, sum(bytes) as bytes,
                       sum(quantity) as quantity, sum(amount) as amount
                from usage_charge
                where company_id = :company and subscription_id = any(:subscriptions)
                  and month <= :month and cdr_file_id <= :files
                  and not (month <= :beforeMonth and cdr_file_id <= :beforeFiles)
                group by subscription_id, month, charge_kind, zone, vat_rate, provider
                order by subscription_id, month, charge_kind, zone, vat_rate, provider""")
                .param("company", companyId).param("subscriptions", SqlArrays.bigints(subscriptionIds))
                .param("month", region.month().atDay(1)).param("files", region.fileWatermark())
                .param("beforeMonth", before.month().atDay(1)).param("beforeFiles", before.fileWatermark())
                .query((rs, n) -> new UsageChargeRow(rs.getLong("subscription_id"),
                        YearMonth.from(rs.getObject("month", LocalDate.class)), ChargeKind.valueOf(rs.getString("charge_kind")),
                        rs.getString("zone"), rs.getInt("vat_rate"), rs.getString("provider"),
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                        rs.getLong("events"), rs.getLong("seconds"), rs.getLong("bytes"), rs.getLong("quantity"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    /** Extra packages the company pays (itself or by salary deduction) in {@code region} and not in {@code before}. */
    public List<ExtraPackagePurchase> extraPackages(long companyId, Collection<Long> subscriptionIds, BillableRegion region,
            BillableRegion before) {
        return jdbc.sql("""
                select company_id, extra_package_purchase_id, subscription_id, month, code, size_bytes, price, payer, bought_at,
                       source, used_bytes
                from extra_package_purchase
                where company_id = :company and subscription_id = any(:subscriptions) and payer <> 'VIPPS'
                  and month <= :month and extra_package_purchase_id <= :purchases
                  and not (month <= :beforeMonth and extra_package_purchase_id <= :beforePurchases)
                order by subscription_id, bought_at, extra_package_purchase_id""")
                .param("company", companyId).param("subscriptions", SqlArrays.bigints(subscriptionIds))
                .param("month", region.month().atDay(1)).param("purchases", region.purchaseWatermark())
                .param("beforeMonth", before.month().atDay(1)).param("beforePurchases", before.purchaseWatermark())
                .query((rs, n) -> new ExtraPackagePurchase(rs.getLong("company_id"), rs.getLong("extra_package_purchase_id"),
                        rs.getLong("subscription_id"), YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("code"),
                        rs.getLong("size_bytes"), rs.getBigDecimal("price"), Payer.valueOf(rs.getString("payer")),
                        rs.getTimestamp("bought_at").toInstant(), rs.getString("source"), rs.getLong("used_bytes")))
                .list();
    }

    /**
     * What the company pays for extra packages bought in {@code month}, per subscription: the same
     * purchases an invoice run bills (itself or by salary deduction, never Vipps), all of them
     * loaded so far; subscriptions without any are absent.
     */
    public Map<Long, BigDecimal> extraPackagesBought(long companyId, Collection<Long> subscriptionIds, YearMonth month) {
        Map<Long, BigDecimal> bySubscription = new HashMap<>();
        jdbc.sql("""
                select subscription_id, sum(price) as price from extra_package_purchase
                where company_id = :company and subscription_id = any(:subscriptions) and payer <> 'VIPPS' and month = :month
                group by subscription_id""")
                .param("company", companyId).param("subscriptions", SqlArrays.bigints(subscriptionIds))
                .param("month", month.atDay(1))
                .query(rs -> {
                    bySubscription.put(rs.getLong("subscription_id"), rs.getBigDecimal("price"));
                });
        return bySubscription;
    }
}
