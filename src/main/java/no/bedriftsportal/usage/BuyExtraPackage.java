package no.bedriftsportal.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Buys an extra data package for a subscription (IC3, U2): it serves data arriving after it, until
 * the month ends, after the monthly package and the packages bought before it, and it lifts a
 * Datakontroll block. Purchases wait for a running ingest, so arrival order holds.
 */
@Component
public class BuyExtraPackage {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Subscriptions subscriptions;
    private final CompanyDataVersions dataVersions;
    private final Clock clock;

    BuyExtraPackage(JdbcClient jdbc, Catalog catalog, Subscriptions subscriptions, Clock clock,
            CompanyDataVersions dataVersions) {
        this.dataVersions = dataVersions;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** @param boughtAt null for now */
    @Transactional
    public ExtraPackagePurchase buy(String msisdn, String code, Payer payer, Instant boughtAt, String source) {
        return buy(msisdn, code, payer, boughtAt, source, null);
    }

    /**
     * The package an employee paid with Vipps (#15.6), bought when the payment was captured: never on
     * the company invoice. A payment buys one package: announced again, it returns the package it bought.
     */
    @Transactional
    public ExtraPackagePurchase buyPaidWithVipps(String msisdn, String code, Instant capturedAt, String paymentReference) {
        return buy(msisdn, code, Payer.VIPPS, capturedAt, "EMPLOYEE", java.util.Objects.requireNonNull(paymentReference));
    }

    private ExtraPackagePurchase buy(String msisdn, String code, Payer payer, Instant boughtAt, String source,
            String paymentReference) {
        Msisdn number = Msisdn.parse(msisdn).orElseThrow(() -> new InvalidInputException("msisdn", "msisdn.invalid",
                "msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, optionally with +47"));
        ExtraPackage extra = catalog.requireExtraPackage(code, "code");
        if (payer == null) {
            throw new InvalidInputException("payer", "extraPackage.payer.required", "payer must be COMPANY, SALARY or VIPPS");
        }
        Instant at = boughtAt == null ? clock.instant() : boughtAt;
        LocalDate day = Oslo.dateOf(at);
        Subscription subscription = subscriptions.activeOn(number, day).orElseThrow(() -> new InvalidInputException(
                "boughtAt", "extraPackage.notActive", "number " + number.display() + " has no subscription active on " + day));
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", IngestCdrFile.INGEST_LOCK).query((rs, n) -> n).list();
        YearMonth month = YearMonth.from(day);
        if (paymentReference != null) {
            java.util.Optional<Long> already = jdbc.sql("""
                    select extra_package_purchase_id from extra_package_purchase
                    where company_id = :company and payment_reference = :reference""")
                    .param("company", subscription.companyId()).param("reference", paymentReference).query(Long.class).optional();
            if (already.isPresent()) {
                return purchases(subscription.companyId(), subscription.id()).stream().filter(p -> p.id() == already.get())
                        .findFirst().orElseThrow();
            }
        }
        dataVersions.changed(subscription.companyId());
        long id = jdbc.sql("""
                insert into extra_package_purchase (company_id, subscription_id, month, code, size_bytes, price, payer,
                                                    bought_at, source, payment_reference)
                values (:company, :subscription, :month, :code, :size, :price, :payer, :at, :source, :reference)
                returning extra_package_purchase_id""")
                .param("company", subscription.companyId()).param("subscription", subscription.id())
                .param("month", month.atDay(1)).param("code", extra.code()).param("size", extra.sizeBytes())
                .param("price", extra.price()).param("payer", payer.name()).param("at", Timestamp.from(at))
                .param("source", source).param("reference", paymentReference)
                .query(Long.class).single();
        jdbc.sql("""
                update data_allowance set blocked_at = null
                where company_id = :company and subscription_id = :subscription and month = :month""")
                .param("company", subscription.companyId()).param("subscription", subscription.id())
                .param("month", month.atDay(1)).update();
        return purchases(subscription.companyId(), subscription.id()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** A subscription's purchases, newest first. */
    public List<ExtraPackagePurchase> purchases(long companyId, long subscriptionId) {
        return jdbc.sql("""
                select company_id, extra_package_purchase_id, subscription_id, month, code, size_bytes, price, payer, bought_at,
                       source, used_bytes
                from extra_package_purchase where company_id = :company and subscription_id = :subscription
                order by bought_at desc, extra_package_purchase_id desc""")
                .param("company", companyId).param("subscription", subscriptionId)
                .query(BuyExtraPackage::purchase).list();
    }

    private static ExtraPackagePurchase purchase(ResultSet rs, int row) throws SQLException {
        return new ExtraPackagePurchase(rs.getLong("company_id"), rs.getLong("extra_package_purchase_id"),
                rs.getLong("subscription_id"), YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("code"),
                rs.getLong("size_bytes"), rs.getBigDecimal("price"), Payer.valueOf(rs.getString("payer")),
                rs.getTimestamp("bought_at").toInstant(), rs.getString("source"), rs.getLong("used_bytes"));
    }
}
