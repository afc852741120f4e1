package no.bedriftsportal.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.Iccid;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;

/**
 * The subscription module's API. Every change carries the day it takes effect; past days are
 * allowed, since a CRM back-fills. A number has at most one active subscription on any day,
 * across all companies.
 */
@Service
public class Subscriptions {

    private final SubscriptionRepository repository;
    private final Companies companies;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** A subscription activated, changed or terminated changes the company's dashboard (counts, fees, lists). */
    private final CompanyDataVersions dataVersions;
    private final SubscriptionHolders holders;

    Subscriptions(SubscriptionRepository repository, Companies companies, Catalog catalog,
            ApplicationEventPublisher events, Clock clock, CompanyDataVersions dataVersions, SubscriptionHolders holders) {
        this.dataVersions = dataVersions;
        this.holders = holders;
        this.repository = repository;
        this.companies = companies;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Subscription activate(ActivateSubscription command) {
        Msisdn msisdn = requireMsisdn(command.msisdn());
        Iccid iccid = command.iccid() == null ? null : requireIccid(command.iccid());
        catalog.requirePlan(command.planCode(), "planCode");
        if (command.autoExtraPackageCode() != null) {
            catalog.requireExtraPackage(command.autoExtraPackageCode(), "autoExtraPackage");
        }
        if (command.activeFrom() == null) {
            throw new InvalidInputException("activeFrom", "subscription.activeFrom.required", "activeFrom is required");
        }
        companies.customerAccount(command.companyId(), command.customerAccountId())
                .orElseThrow(() -> new InvalidInputException("customerNumber", "customerAccount.unknown",
                        "the customer number does not belong to the company"));
        if (command.employeeId() != null) {
            companies.employee(command.companyId(), command.employeeId())
                    .orElseThrow(() -> new InvalidInputException("employeeId", "employee.unknown",
                            "the employee does not belong to the company"));
        }
        repository.lockNumber(msisdn);
        if (!repository.overlapping(msisdn, command.activeFrom(), null, null).isEmpty()) {
            throw new ConflictException("msisdn", "subscription.msisdn.active",
                    "number " + msisdn.display() + " already has a subscription active on or after " + command.activeFrom());
        }
        if (iccid != null) {
            requireFreeCard(command.companyId(), iccid, null);
        }
        long id = repository.insert(command, msisdn, iccid);
        holders.activated(command.companyId(), id, command.employeeId(), command.activeFrom());
        dataVersions.changed(command.companyId());
        repository.upsertChange(command.companyId(), id, TermChange.Kind.PLAN, command.activeFrom(), command.planCode(), null, null);
        repository.upsertChange(command.companyId(), id, TermChange.Kind.DATA_CONTROL, command.activeFrom(), null,
                command.dataControl(), null);
        repository.upsertChange(command.companyId(), id, TermChange.Kind.AUTO_EXTRA_PACKAGE, command.activeFrom(), null, null,
                command.autoExtraPackageCode());
        events.publishEvent(new SubscriptionActivated(command.companyId(), id, msisdn.value(), command.activeFrom()));
        return repository.find(command.companyId(), id).orElseThrow();
    }

    @Transactional
    public Subscription changePlan(String msisdn, String planCode, LocalDate effectiveFrom) {
        catalog.requirePlan(planCode, "planCode");
        return change(msisdn, effectiveFrom, TermChange.Kind.PLAN, planCode, null, null);
    }

    @Transactional
    public Subscription setDataControl(String msisdn, boolean enabled, LocalDate effectiveFrom) {
        return change(msisdn, effectiveFrom, TermChange.Kind.DATA_CONTROL, null, enabled, null);
    }

    /** @param extraPackageCode the package to buy automatically when the data runs out, or null to stop; paid by the company */
    @Transactional
    public Subscription setAutoExtraPackage(String msisdn, String extraPackageCode, LocalDate effectiveFrom) {
        return setAutoExtraPackage(msisdn, extraPackageCode, ExtraPackagePayer.COMPANY, effectiveFrom);
    }

    /**
     * @param extraPackageCode the package to buy automatically when the data runs out, or null to stop
     * @param payer            who pays it (null: the company); ignored without a package
     */
    @Transactional
    public Subscription setAutoExtraPackage(String msisdn, String extraPackageCode, ExtraPackagePayer payer,
            LocalDate effectiveFrom) {
        if (extraPackageCode != null) {
            catalog.requireExtraPackage(extraPackageCode, "extraPackageCode");
        }
        Msisdn number = requireMsisdn(msisdn);
        repository.lockNumber(number);
        LocalDate day = effectiveFrom == null ? Oslo.today(clock) : effectiveFrom;
        Subscription subscription = subscriptionOn(number, day, "effectiveFrom");
        repository.upsertChange(subscription.companyId(), subscription.id(), TermChange.Kind.AUTO_EXTRA_PACKAGE, day, null,
                null, extraPackageCode, extraPackageCode == null ? null : payer == null ? ExtraPackagePayer.COMPANY : payer);
        dataVersions.changed(subscription.companyId());
        return subscription;
    }

    /**
     * Sets the terms that steer rating from a cost-sharing profile, from now on (V24: an immediate
     * change applies to every event rated after it, whatever the event's day). A kind whose term is
     * already so is left as it is.
     *
     * @param autoExtraPackageCode the package bought automatically when the data runs out, or null for none
     * @param payer                who pays it; required with a package
     * @param by                   the name of who saved, for the subscription's history
     */
    @Transactional
    public AppliedTerms applyTerms(long companyId, long subscriptionId, boolean dataControl, String autoExtraPackageCode,
            ExtraPackagePayer payer, String by) {
        if (autoExtraPackageCode != null) {
            catalog.requireExtraPackage(autoExtraPackageCode, "autoExtraPackageCode");
            if (payer == null) {
                throw new InvalidInputException("autoExtraPayer", "subscription.autoExtraPayer.required",
                        "an automatic extra package needs a payer");
            }
        }
        Subscription subscription = lockedSubscription(companyId, subscriptionId);
        SubscriptionTerms before = termsNow(subscription);
        java.time.Instant now = clock.instant();
        if (before.dataControl() != dataControl) {
            repository.upsertImmediateChange(companyId, subscriptionId, TermChange.Kind.DATA_CONTROL, now, dataControl, null,
                    null, by);
        }
        ExtraPackagePayer newPayer = autoExtraPackageCode == null ? null : payer;
        if (!java.util.Objects.equals(before.autoExtraPackageCode(), autoExtraPackageCode)
                || before.autoExtraPackagePayer() != newPayer) {
            repository.upsertImmediateChange(companyId, subscriptionId, TermChange.Kind.AUTO_EXTRA_PACKAGE, now, null,
                    autoExtraPackageCode, newPayer, by);
        }
        dataVersions.changed(companyId);
        return new AppliedTerms(subscription, before, termsNow(subscription));
    }

    /** Switches Datakontroll on one subscription from now on (an immediate change, V24). */
    @Transactional
    public AppliedTerms switchDataControl(long companyId, long subscriptionId, boolean enabled, String by) {
        Subscription subscription = lockedSubscription(companyId, subscriptionId);
        SubscriptionTerms before = termsNow(subscription);
        if (before.dataControl() != enabled) {
            repository.upsertImmediateChange(companyId, subscriptionId, TermChange.Kind.DATA_CONTROL, clock.instant(), enabled,
                    null, null, by);
            dataVersions.changed(companyId);
        }
        return new AppliedTerms(subscription, before, termsNow(subscription));
    }

    /** The terms for an event rated now on today's date: dated changes up to today and every immediate change. */
    public SubscriptionTerms termsNow(Subscription subscription) {
        LocalDate today = Oslo.today(clock);
        return termsOn(subscription, today.isBefore(subscription.activeFrom()) ? subscription.activeFrom() : today);
    }

    private Subscription lockedSubscription(long companyId, long subscriptionId) {
        Subscription subscription = repository.find(companyId, subscriptionId)
                .orElseThrow(() -> new NotFoundException("subscription " + subscriptionId));
        repository.lockNumber(subscription.msisdn());
        return subscription;
    }

    /**
     * Puts another SIM card in the latest subscription of this number (a SIM swap), from now on:
     * the subscription keeps one card, the one in it now, so it may not be terminated already.
     */
    @Transactional
    public Subscription swapSim(String msisdn, String iccid) {
        Msisdn number = requireMsisdn(msisdn);
        Iccid card = requireIccid(iccid);
        repository.lockNumber(number);
        Subscription subscription = latest(number.value());
        if (subscription.terminatedOn() != null && !subscription.terminatedOn().isAfter(Oslo.today(clock))) {
            throw new InvalidInputException("msisdn", "subscription.terminated",
                    "number " + number.display() + " has no subscription that is not terminated");
        }
        requireFreeCard(subscription.companyId(), card, subscription.id());
        repository.setIccid(subscription.companyId(), subscription.id(), card);
        dataVersions.changed(subscription.companyId());
        return repository.find(subscription.companyId(), subscription.id()).orElseThrow();
    }

    /** Refuses a card that another subscription of the company, not terminated, has (V34's key, said in words). */
    private void requireFreeCard(long companyId, Iccid iccid, Long subscriptionId) {
        repository.lockIccid(companyId, iccid);
        repository.holdingIccid(companyId, iccid, subscriptionId).ifPresent(other -> {
            throw new ConflictException("iccid", "subscription.iccid.inUse",
                    "SIM card " + iccid + " is in the company's subscription " + other.msisdn().display());
        });
    }

    /** Terminates the subscription: from {@code effectiveOn} on it is no longer active. */
    @Transactional
    public Subscription terminate(String msisdn, LocalDate effectiveOn) {
        Msisdn number = requireMsisdn(msisdn);
        repository.lockNumber(number);
        LocalDate day = effectiveOn == null ? Oslo.today(clock) : effectiveOn;
        // the subscription must be active on the day before its termination takes effect
        Subscription subscription = subscriptionOn(number, day.minusDays(1), "effectiveOn");
        repository.terminate(subscription.companyId(), subscription.id(), day);
        dataVersions.changed(subscription.companyId());
        events.publishEvent(new SubscriptionTerminated(subscription.companyId(), subscription.id(), number.value(), day));
        return repository.find(subscription.companyId(), subscription.id()).orElseThrow();
    }

    private Subscription change(String msisdn, LocalDate effectiveFrom, TermChange.Kind kind, String planCode,
            Boolean dataControl, String autoExtraPackageCode) {
        Msisdn number = requireMsisdn(msisdn);
        repository.lockNumber(number);
        LocalDate day = effectiveFrom == null ? Oslo.today(clock) : effectiveFrom;
        Subscription subscription = subscriptionOn(number, day, "effectiveFrom");
        repository.upsertChange(subscription.companyId(), subscription.id(), kind, day, planCode, dataControl,
                autoExtraPackageCode);
        dataVersions.changed(subscription.companyId());
        return subscription;
    }

    /** The subscription of this number active on the day, or a clear error naming the date. */
    private Subscription subscriptionOn(Msisdn msisdn, LocalDate day, String dateField) {
        List<Subscription> all = repository.findByNumber(msisdn);
        if (all.isEmpty()) {
            throw new NotFoundException("subscription " + msisdn);
        }
        return all.stream().filter(s -> s.activeOn(day)).findFirst()
                .orElseThrow(() -> new InvalidInputException(dateField, "subscription.notActiveOn",
                        "number " + msisdn.display() + " has no subscription active on " + day));
    }

    /** The subscription of this number active on the day, in any company (the usage feed, login). */
    public Optional<Subscription> activeOn(Msisdn msisdn, LocalDate day) {
        return repository.findByNumber(msisdn).stream().filter(s -> s.activeOn(day)).findFirst();
    }

    /** The subscription of this number active today within one company. */
    public Optional<Subscription> activeToday(long companyId, Msisdn msisdn) {
        return activeOn(msisdn, Oslo.today(clock)).filter(s -> s.companyId() == companyId);
    }

    /** The latest subscription of this number, active or not. */
    public Subscription latest(String msisdn) {
        return repository.findByNumber(requireMsisdn(msisdn)).stream()
                .max(Comparator.comparing(Subscription::activeFrom))
                .orElseThrow(() -> new NotFoundException("subscription " + msisdn));
    }

    /** Every subscription this number has had, in any company, the earliest first (periods never overlap). */
    public List<Subscription> ofNumber(String msisdn) {
        return repository.findByNumber(requireMsisdn(msisdn)).stream().sorted(Comparator.comparing(Subscription::activeFrom)).toList();
    }

    public Optional<Subscription> find(long companyId, long subscriptionId) {
        return repository.find(companyId, subscriptionId);
    }

    public List<Subscription> list(AccessScope scope) {
        return repository.list(scope);
    }

    /** A page of the scope's subscriptions by id, after {@code afterId} (0 for the first), at most {@code limit} (the company API). */
    public List<Subscription> page(AccessScope scope, SubscriptionFilter filter, long afterId, int limit) {
        return repository.page(scope, filter, afterId, limit);
    }

    /** The subscription when it is the scope's: on one of its customer numbers. */
    public Optional<Subscription> find(AccessScope scope, long subscriptionId) {
        return repository.find(scope.companyId(), subscriptionId).filter(found -> scope.includes(found.customerAccountId()));
    }

    /** The scope's subscriptions active today. */
    public List<Subscription> listActiveToday(AccessScope scope) {
        LocalDate today = Oslo.today(clock);
        return repository.list(scope).stream().filter(subscription -> subscription.activeOn(today)).toList();
    }

    /** The scope's subscriptions held by these employees, by id. */
    public List<Subscription> ofEmployees(AccessScope scope, Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? List.of() : repository.ofEmployees(scope, employeeIds);
    }

    public List<TermChange> history(Subscription subscription) {
        return repository.changes(subscription.companyId(), subscription.id());
    }

    /** The terms in effect on a day: the latest change of each kind on or before it. */
    public SubscriptionTerms termsOn(Subscription subscription, LocalDate day) {
        return SubscriptionTerms.from(history(subscription), day);
    }

    /** The histories of these subscriptions of a company, each in date order. */
    public Map<Long, List<TermChange>> histories(long companyId, Collection<Long> subscriptionIds) {
        return repository.changes(companyId, subscriptionIds);
    }

    /** Every subscription with its history, for the usage feed (one snapshot per file). */
    public SubscriptionDirectory directory() {
        return new SubscriptionDirectory(repository.all(), repository.allChanges());
    }

    public List<ProductGroupCount> countByProductGroup(AccessScope scope, LocalDate day) {
        return repository.countByProductGroup(scope, day);
    }

    /**
     * Moves the subscription of this number to another holder (null: no one) from {@code effectiveFrom}
     * (null: now by the clock): the subscription active on that moment's Oslo day, whose company the
     * employee must belong to. The holder at a moment is the latest change effective on or before it;
     * a second change for the same moment replaces the first. {@link Subscription#employeeId()} is the
     * holder now: a change dated in the future leaves it until the change is due (the daily
     * {@code subscription-holders} job), while {@link #holderPeriods} always reads the history.
     *
     * @param by who made the change (1–200 characters), kept with it
     * @return the subscription after the change
     */
    @Transactional
    public Subscription changeHolder(String msisdn, Long employeeId, Instant effectiveFrom, String by) {
        Msisdn number = requireMsisdn(msisdn);
        repository.lockNumber(number);
        Instant at = effectiveFrom == null ? clock.instant() : effectiveFrom;
        Subscription subscription = subscriptionOn(number, Oslo.dateOf(at), "effectiveFrom");
        return holders.change(subscription, employeeId, at, by);
    }

    /** As {@link #changeHolder(String, Long, Instant, String)}, for a subscription of the company by id. */
    @Transactional
    public Subscription changeHolder(long companyId, long subscriptionId, Long employeeId, Instant effectiveFrom, String by) {
        Subscription subscription = repository.find(companyId, subscriptionId)
                .orElseThrow(() -> new NotFoundException("subscription " + subscriptionId));
        repository.lockNumber(subscription.msisdn());
        Instant at = effectiveFrom == null ? clock.instant() : effectiveFrom;
        if (!subscription.activeOn(Oslo.dateOf(at))) {
            throw new InvalidInputException("effectiveFrom", "subscription.notActiveOn",
                    "number " + subscription.msisdn().display() + " has no subscription active on " + Oslo.dateOf(at));
        }
        return holders.change(subscription, employeeId, at, by);
    }

    /** The subscription's holder history, the earliest first (the first entry is written at activation). */
    public List<HolderChange> holderHistory(Subscription subscription) {
        return holders.history(subscription);
    }

    /**
     * Who held each of these subscriptions of the company during {@code [from, to)}, in one query:
     * per subscription a list in time order covering {@code [from, to)} without gaps or overlaps,
     * consecutive periods of the same holder joined; a null {@code employeeId} is a time with no
     * holder (also before the subscription's first day). Subscriptions not of the company are left out.
     */
    public Map<Long, List<HolderPeriod>> holderPeriods(long companyId, Collection<Long> subscriptionIds, Instant from, Instant to) {
        return holders.periods(companyId, subscriptionIds, from, to);
    }

    private static Iccid requireIccid(String iccid) {
        return Iccid.parse(iccid).orElseThrow(() -> new InvalidInputException("iccid", "iccid.invalid",
                "iccid must be " + Iccid.EXPECTED));
    }

    private static Msisdn requireMsisdn(String msisdn) {
        return Msisdn.parse(msisdn).orElseThrow(() -> new InvalidInputException("msisdn", "msisdn.invalid",
                "msisdn must be a Norwegian mobile number: 8 digits starting with 4 or 9, optionally with +47"));
    }
}
