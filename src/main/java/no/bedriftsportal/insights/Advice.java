package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.SubscriptionTerms;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.subscription.TermChange;

/**
 * Savings advice (SPEC X1, #18.1): for every subscription in the scope that is active today, the plan and extra
 * packages that would have cost least over its last six complete months, or termination when it has had no
 * traffic for 60 days. The one service behind the page, its exports, the dashboard's "Krever handling" and
 * {@code GET /api/v1/insights/advice}. Reads a few set-based queries for the whole scope, then does the
 * arithmetic in Java ({@link AdviceCalculator}); nothing is stored, and what is computed is reused only while the
 * company's data version stays the same, so the advice always follows the rollups.
 */
@Service
public class Advice {

    /** The complete months the advice reads. */
    static final int MONTHS = 6;
    /** A subscription without traffic for this many days may be terminated. */
    static final int IDLE_DAYS = 60;
    /** How long computed advice is reused while the company's data stays the same (a changed price shows after this). */
    static final Duration REUSE = Duration.ofMinutes(10);
    private static final int CACHED_SCOPES = 500;

    private final AdviceRepository repository;
    private final Subscriptions subscriptions;
    private final Companies companies;
    private final Catalog catalog;
    private final CompanyDataVersions versions;
    private final Clock clock;
    /** The scope's rows by what they were computed from: the dashboard's "Krever handling" and the page share them. */
    private final Map<Computed, Rows> computed = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Computed, Rows> eldest) {
            return size() > CACHED_SCOPES;
        }
    });

    Advice(AdviceRepository repository, Subscriptions subscriptions, Companies companies, Catalog catalog,
            CompanyDataVersions versions, Clock clock) {
        this.versions = versions;
        this.repository = repository;
        this.subscriptions = subscriptions;
        this.companies = companies;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The scope's advice through the query's filters, in its order, with the totals of what it lets through. */
    public AdviceReport report(AccessScope scope, AdviceQuery query) {
        LocalDate today = Oslo.today(clock);
        List<AdviceRow> all = cachedRows(scope, today);
        Map<AdviceKind, Integer> kinds = new EnumMap<>(AdviceKind.class);
        all.stream().filter(row -> query.department() == null || query.department().equals(row.customerNumber()))
                .forEach(row -> kinds.merge(row.kind(), 1, Integer::sum));
        List<AdviceRow> shown = all.stream().filter(query::accepts).sorted(query.order()).toList();
        BigDecimal perMonth = shown.stream().map(AdviceRow::savingPerMonth).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perYear = shown.stream().map(AdviceRow::savingPerYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AdviceReport(query, shown, perMonth, perYear, kinds, companies.customerAccounts(scope),
                AdviceCalculator.window(YearMonth.from(today), MONTHS), today);
    }

    /** Every piece of advice in the scope, the biggest saving first. */
    public List<AdviceRow> all(AccessScope scope) {
        return report(scope, AdviceQuery.ALL).rows();
    }

    /**
     * The scope's rows, computed again when the company's data changed (an ingested file, an extra package, a changed
     * subscription: {@link CompanyDataVersions}), on a new day, or after {@link #REUSE}.
     */
    private List<AdviceRow> cachedRows(AccessScope scope, LocalDate today) {
        Computed key = new Computed(scope, today, versions.current(scope.companyId()));
        Instant now = clock.instant();
        Rows found = computed.get(key);
        if (found != null && found.at().plus(REUSE).isAfter(now)) {
            return found.rows();
        }
        List<AdviceRow> rows = rows(scope, today);
        computed.put(key, new Rows(rows, now));
        return rows;
    }

    private record Computed(AccessScope scope, LocalDate today, long version) {
    }

    private record Rows(List<AdviceRow> rows, Instant at) {
    }

    private List<AdviceRow> rows(AccessScope scope, LocalDate today) {
        List<Subscription> active = subscriptions.list(scope).stream().filter(subscription -> subscription.activeOn(today))
                .toList();
        if (active.isEmpty()) {
            return List.of();
        }
        long companyId = scope.companyId();
        List<Long> ids = active.stream().map(Subscription::id).toList();
        AdvicePrices prices = AdvicePrices.of(catalog.tariffs());
        AdviceCalculator calculator = new AdviceCalculator(prices);
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth from = thisMonth.minusMonths(MONTHS);
        Map<Long, List<TermChange>> histories = subscriptions.histories(companyId, ids);
        Map<Long, Map<YearMonth, AdviceMonth>> usage = repository.months(companyId, ids, from, thisMonth, prices.homeCountries());
        Map<Long, Map<YearMonth, AdviceRepository.ExtraPackages>> extras = repository.extraPackages(companyId, ids, from, thisMonth);
        LocalDate idleSince = today.minusDays(IDLE_DAYS);
        List<Long> oldEnough = active.stream().filter(subscription -> !subscription.activeFrom().isAfter(idleSince))
                .map(Subscription::id).toList();
        Set<Long> busy = repository.withTrafficSince(companyId, oldEnough, idleSince);
        List<Long> idle = oldEnough.stream().filter(id -> !busy.contains(id)).toList();
        Map<Long, LocalDate> lastTraffic = repository.lastTraffic(companyId, idle);
        Set<Long> idleIds = Set.copyOf(idle);

        Map<Long, Employee> employees = companies.employees(companyId).stream()
                .collect(Collectors.toMap(Employee::id, Function.identity()));
        Map<Long, CustomerAccount> accounts = new HashMap<>();
        companies.customerAccounts(scope).forEach(account -> accounts.put(account.id(), account));

        List<AdviceRow> rows = new ArrayList<>();
        for (Subscription subscription : active) {
            List<TermChange> changes = histories.getOrDefault(subscription.id(), List.of());
            PricePlan plan = prices.plan(SubscriptionTerms.from(changes, today).planCode());
            if (plan == null) {
                continue;
            }
            Row row = new Row(subscription, employees.get(subscription.employeeId()), accounts.get(subscription.customerAccountId()));
            if (idleIds.contains(subscription.id())) {
                rows.add(row.idle(plan, lastTraffic.get(subscription.id())));
                continue;
            }
            List<AdviceMonth> months = months(subscription, plan, changes, from, thisMonth,
                    usage.getOrDefault(subscription.id(), Map.of()), extras.getOrDefault(subscription.id(), Map.of()));
            Optional<AdviceFinding> finding = calculator.advise(plan, months);
            finding.ifPresent(found -> rows.add(row.of(found, plan, prices.plan(found.suggestedPlan()))));
        }
        return rows;
    }

    /**
     * The complete months in {@code [from, to)} the subscription was active on its current plan, each with its active
     * days (the fee pro rata), its usage and its extra packages; a month partly on another plan is left out.
     */
    static List<AdviceMonth> months(Subscription subscription, PricePlan plan, List<TermChange> changes, YearMonth from,
            YearMonth to, Map<YearMonth, AdviceMonth> usage, Map<YearMonth, AdviceRepository.ExtraPackages> extras) {
        List<AdviceMonth> months = new ArrayList<>();
        for (YearMonth month = from; month.isBefore(to); month = month.plusMonths(1)) {
            LocalDate first = later(month.atDay(1), subscription.activeFrom());
            LocalDate end = month.plusMonths(1).atDay(1);
            if (subscription.terminatedOn() != null && subscription.terminatedOn().isBefore(end)) {
                end = subscription.terminatedOn();
            }
            int days = (int) ChronoUnit.DAYS.between(first, end);
            if (days <= 0 || !plan.code().equals(SubscriptionTerms.from(changes, first).planCode())
                    || !plan.code().equals(SubscriptionTerms.from(changes, end.minusDays(1)).planCode())) {
                continue;
            }
            AdviceMonth found = usage.getOrDefault(month, AdviceMonth.quiet(month, days)).withActiveDays(days);
            AdviceRepository.ExtraPackages bought = extras.get(month);
            months.add(bought == null ? found : found.withExtraPackages(bought.count(), bought.amount()));
        }
        return months;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A subscription with the names its row shows. */
    private record Row(Subscription subscription, Employee employee, CustomerAccount account) {

        AdviceRow idle(PricePlan plan, LocalDate lastTraffic) {
            return new AdviceRow(subscription.id(), subscription.msisdn().value(), subscription.employeeId(),
                    employee == null ? null : employee.name(), account == null ? "" : account.number(),
                    account == null ? "" : account.name(), AdviceKind.IDLE, plan.code(), plan.name(), null, null, List.of(),
                    plan.monthlyFee(), BigDecimal.ZERO, plan.monthlyFee(), plan.monthlyFee().multiply(BigDecimal.valueOf(12)),
                    List.of(), AdviceConfidence.HIGH, lastTraffic);
        }

        AdviceRow of(AdviceFinding finding, PricePlan current, PricePlan suggested) {
            return new AdviceRow(subscription.id(), subscription.msisdn().value(), subscription.employeeId(),
                    employee == null ? null : employee.name(), account == null ? "" : account.number(),
                    account == null ? "" : account.name(), finding.kind(), current.code(), current.name(), suggested.code(),
                    suggested.name(), finding.habit(), finding.currentCost(), finding.suggestedCost(), finding.savingPerMonth(),
                    finding.savingPerYear(), finding.months(), finding.confidence(), null);
        }
    }
}
