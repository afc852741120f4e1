package no.bedriftsportal.selfservice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.costsharing.ExtraPackageRights;
import no.bedriftsportal.costsharing.Gross;
import no.bedriftsportal.identity.EmployeePrincipal;
import no.bedriftsportal.payment.PaymentRequest;
import no.bedriftsportal.payment.PaymentStatus;
import no.bedriftsportal.payment.StartedPayment;
import no.bedriftsportal.payment.VippsPaymentCaptured;
import no.bedriftsportal.payment.VippsPayments;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.MaskedNumber;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.ExtraPackagePurchase;
import no.bedriftsportal.usage.Payer;

/**
 * Extra data packages an employee orders themselves (IC3, #15.6): 1, 5 or 15 GB at once, paid by
 * salary deduction (on the company invoice, then deducted: only with the profile's leave and an
 * agreement on file) or with Vipps (only with the profile's leave; never on the company invoice).
 * A Vipps package is bought only when its payment is captured, in the same transaction that
 * records the capture, so a capture buys exactly one package and a failed or expired payment none.
 */
@Service
public class OwnExtraPackages {

    /** The payments of this service: their key is {@code <package code>:<subscription id>}. */
    static final String PURPOSE = "EMPLOYEE_EXTRA_PACKAGE";

    private final Catalog catalog;
    private final ExtraPackageRights rights;
    private final BuyExtraPackage buy;
    private final VippsPayments vipps;
    private final Subscriptions subscriptions;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    OwnExtraPackages(Catalog catalog, ExtraPackageRights rights, BuyExtraPackage buy, VippsPayments vipps,
            Subscriptions subscriptions, AuditTrail audit, Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.catalog = catalog;
        this.rights = rights;
        this.buy = buy;
        this.vipps = vipps;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A package on offer, with the price the employee pays (including VAT). */
    public record Offer(ExtraPackage extra, BigDecimal gross) {
    }

    /**
     * What the employee may order for a subscription now, and what was bought this month.
     *
     * @param vipps whether Vipps may be offered: the profile allows it and the portal has Vipps
     */
    public record Choices(ExtraPackageRights.Rights rights, boolean vipps, List<Offer> offers, List<ExtraPackagePurchase> thisMonth) {

        public boolean any() {
            return rights.bySalary() || vipps;
        }
    }

    Choices choices(EmployeePrincipal me, Subscription subscription) {
        ExtraPackageRights.Rights allowed = rights.of(me.companyId(), me.employeeId(), subscription.id());
        YearMonth month = Oslo.monthOf(clock.instant());
        List<ExtraPackagePurchase> bought = buy.purchases(me.companyId(), subscription.id()).stream()
                .filter(purchase -> purchase.month().equals(month)).toList();
        List<Offer> offers = catalog.extraPackages().stream().map(extra -> new Offer(extra, Gross.of(extra.price(), 25))).toList();
        return new Choices(allowed, allowed.byVipps() && vipps.enabled(), offers, bought);
    }

    /** Orders the package now, paid by salary deduction; refused without the profile's leave or an agreement. */
    @Transactional
    ExtraPackagePurchase bySalary(EmployeePrincipal me, Subscription subscription, String code) {
        ExtraPackageRights.Rights allowed = rights.of(me.companyId(), me.employeeId(), subscription.id());
        if (!allowed.profileAllowsSalary()) {
            throw new InvalidInputException("payment", "me.data.error.salaryNotAllowed", "the profile does not allow ordering by salary deduction");
        }
        if (!allowed.agreement()) {
            throw new InvalidInputException("payment", "me.data.error.noAgreement", "no salary deduction agreement is on file");
        }
        ExtraPackage extra = catalog.requireExtraPackage(code, "code");
        ExtraPackagePurchase bought = buy.buy(subscription.msisdn().value(), extra.code(), Payer.SALARY, null, "EMPLOYEE");
        audit.changed(Change.EXTRA_PACKAGE_ORDERED, "SALARY", List.of(me.name(), extra.name(), MaskedNumber.mask(subscription.msisdn().value())));
        return bought;
    }

    /** Starts a Vipps payment of the package's price including VAT; the package comes when it is captured. */
    StartedPayment withVipps(EmployeePrincipal me, Subscription subscription, String code) {
        ExtraPackageRights.Rights allowed = rights.of(me.companyId(), me.employeeId(), subscription.id());
        if (!allowed.byVipps() || !vipps.enabled()) {
            throw new InvalidInputException("payment", "me.data.error.vippsNotAllowed", "ordering with Vipps is not allowed");
        }
        ExtraPackage extra = catalog.requireExtraPackage(code, "code");
        long ore = Gross.of(extra.price(), 25).movePointRight(2).longValueExact();
        StartedPayment started = vipps.start(new PaymentRequest(me.companyId(), me.employeeId(), subscription.msisdn(), ore,
                "Bedriftsportal: " + extra.name() + " til " + subscription.msisdn().display(), PURPOSE,
                extra.code() + ":" + subscription.id(), baseUrl + EmployeePrincipal.HOME + "/data/vipps"));
        audit.changed(Change.EXTRA_PACKAGE_ORDERED, "VIPPS", List.of(me.name(), extra.name(), MaskedNumber.mask(subscription.msisdn().value())));
        return started;
    }

    /** The employee's own payment, asked about at Vipps again (the page they return to); empty when not theirs. */
    Optional<PaymentStatus> payment(EmployeePrincipal me, String reference) {
        return vipps.refresh(me.companyId(), reference).filter(payment -> payment.employeeId() == me.employeeId()
                && PURPOSE.equals(payment.purpose()));
    }

    /**
     * A captured payment buys its package, in the transaction that records the capture (an ordinary
     * listener, not after commit): both happen or neither, and a capture announced twice finds the
     * package already bought ({@link BuyExtraPackage#buyPaidWithVipps}).
     */
    @EventListener
    void captured(VippsPaymentCaptured payment) {
        if (!PURPOSE.equals(payment.purpose())) {
            return;
        }
        String[] key = payment.purposeKey().split(":");
        if (key.length != 2 || !key[1].matches("\\d{1,18}")) {
            throw new IllegalStateException("a paid extra package's key is <code>:<subscription id>, was " + payment.purposeKey());
        }
        Subscription subscription = subscriptions.find(payment.companyId(), Long.parseLong(key[1]))
                .orElseThrow(() -> new IllegalStateException("paid extra package for unknown subscription " + payment.purposeKey()));
        buy.buyPaidWithVipps(subscription.msisdn().value(), key[0], payment.capturedAt(), payment.reference());
    }
}
