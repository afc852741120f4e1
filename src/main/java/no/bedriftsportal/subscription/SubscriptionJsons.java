package no.bedriftsportal.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/** Subscriptions as the company API shows them: with their holder, plan, customer number and status, a page at a time. */
@Component
class SubscriptionJsons {

    private final Subscriptions subscriptions;
    private final Companies companies;
    private final Catalog catalog;
    private final Clock clock;

    SubscriptionJsons(Subscriptions subscriptions, Companies companies, Catalog catalog, Clock clock) {
        this.subscriptions = subscriptions;
        this.companies = companies;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The subscriptions of one page, each with what it needs read once for the page. */
    List<SubscriptionJson> of(AccessScope scope, List<Subscription> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        LocalDate today = Oslo.today(clock);
        Map<Long, String> numbers = companies.customerAccounts(scope).stream()
                .collect(Collectors.toMap(CustomerAccount::id, CustomerAccount::number));
        List<Long> employeeIds = page.stream().map(Subscription::employeeId).filter(id -> id != null).distinct().toList();
        Map<Long, Employee> employees = employeeIds.isEmpty() ? Map.of()
                : companies.employees(scope.companyId(), employeeIds, 0, employeeIds.size()).stream()
                        .collect(Collectors.toMap(Employee::id, Function.identity()));
        Map<Long, List<TermChange>> histories = subscriptions.histories(scope.companyId(), page.stream().map(Subscription::id).toList());
        Map<String, PricePlan> plans = catalog.plans().stream().collect(Collectors.toMap(PricePlan::code, Function.identity()));
        return page.stream().map(subscription -> json(subscription, today, numbers, subscription.employeeId() == null ? null : employees.get(subscription.employeeId()),
                SubscriptionTerms.from(histories.getOrDefault(subscription.id(), List.of()), termsDay(subscription, today)), plans))
                .toList();
    }

    /** Today, or the last active day of one terminated, or the first of one that starts later. */
    private static LocalDate termsDay(Subscription subscription, LocalDate today) {
        if (subscription.terminatedOn() != null && !subscription.terminatedOn().isAfter(today)) {
            return subscription.terminatedOn().minusDays(1);
        }
        return subscription.activeFrom().isAfter(today) ? subscription.activeFrom() : today;
    }

    private static SubscriptionJson json(Subscription subscription, LocalDate today, Map<Long, String> numbers, Employee employee,
            SubscriptionTerms terms, Map<String, PricePlan> plans) {
        PricePlan plan = terms.planCode() == null ? null : plans.get(terms.planCode());
        SubscriptionJson.PlanJson planJson = terms.planCode() == null ? null
                : new SubscriptionJson.PlanJson(terms.planCode(), plan == null ? terms.planCode() : plan.name());
        SubscriptionJson.DataPackageJson dataPackage = plan == null || !plan.hasDataPackage() ? null
                : new SubscriptionJson.DataPackageJson(plan.dataPackageMb(), terms.autoExtraPackageCode());
        return new SubscriptionJson(subscription.id(), subscription.msisdn().value(),
                subscription.iccid() == null ? null : subscription.iccid().value(),
                employee == null ? null : new SubscriptionJson.UserJson(employee.id(), employee.name()), planJson,
                numbers.get(subscription.customerAccountId()),
                SubscriptionFilter.Status.of(subscription, today).name().toLowerCase(Locale.ROOT),
                subscription.activeFrom(), subscription.terminatedOn(), dataPackage);
    }
}
