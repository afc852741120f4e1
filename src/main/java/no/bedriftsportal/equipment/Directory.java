package no.bedriftsportal.equipment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.subscription.Subscription;

/**
 * What a device's input may name, read once per form or import file: the company's employees (holders), the
 * customer numbers in the user's scope (departments) and the subscriptions under them.
 */
final class Directory {

    private final AccessScope scope;
    private final Map<Long, Employee> employees = new HashMap<>();
    private final Map<String, Employee> byNumber = new HashMap<>();
    private final Map<String, Employee> byEmail = new HashMap<>();
    private final Map<String, List<Employee>> byName = new HashMap<>();
    private final Map<String, CustomerAccount> accounts = new HashMap<>();
    private final Map<Long, CustomerAccount> accountsById = new HashMap<>();
    private final Map<String, Subscription> subscriptions = new HashMap<>();
    private final Map<Long, Subscription> subscriptionsById = new HashMap<>();
    private final List<Employee> sortedEmployees;
    private final List<CustomerAccount> sortedAccounts;

    Directory(AccessScope scope, List<Employee> employees, List<CustomerAccount> accounts, List<Subscription> subscriptions) {
        this.scope = scope;
        for (Employee employee : employees) {
            this.employees.put(employee.id(), employee);
            if (employee.employeeNumber() != null) {
                byNumber.put(employee.employeeNumber().strip(), employee);
            }
            if (employee.email() != null) {
                byEmail.put(employee.email().strip().toLowerCase(Locale.ROOT), employee);
            }
            byName.computeIfAbsent(key(employee.name()), name -> new java.util.ArrayList<>()).add(employee);
        }
        for (CustomerAccount account : accounts) {
            this.accounts.put(account.number(), account);
            accountsById.put(account.id(), account);
        }
        // the latest subscription of a number is the one a device names
        subscriptions.stream().sorted(Comparator.comparing(Subscription::activeFrom)).forEach(subscription -> {
            this.subscriptions.put(subscription.msisdn().value(), subscription);
            subscriptionsById.put(subscription.id(), subscription);
        });
        sortedEmployees = employees.stream().sorted(Comparator.comparing(Employee::name, String.CASE_INSENSITIVE_ORDER)).toList();
        sortedAccounts = accounts.stream().sorted(Comparator.comparing(CustomerAccount::number)).toList();
    }

    AccessScope scope() {
        return scope;
    }

    List<Employee> employees() {
        return sortedEmployees;
    }

    List<CustomerAccount> accounts() {
        return sortedAccounts;
    }

    Optional<Employee> employee(long id) {
        return Optional.ofNullable(employees.get(id));
    }

    /** The employee a holder text names: {@code id:<id>}, an employee number, an e-mail address, or a name of one. */
    HolderMatch holder(String text) {
        String value = text.strip();
        if (value.startsWith("id:")) {
            try {
                return HolderMatch.of(employees.get(Long.parseLong(value.substring(3).strip())));
            } catch (NumberFormatException e) {
                return HolderMatch.of(null);
            }
        }
        Employee found = byNumber.get(value);
        if (found == null) {
            found = byEmail.get(value.toLowerCase(Locale.ROOT));
        }
        if (found != null) {
            return HolderMatch.of(found);
        }
        List<Employee> named = byName.getOrDefault(key(value), List.of());
        return named.size() > 1 ? new HolderMatch(null, true) : HolderMatch.of(named.isEmpty() ? null : named.get(0));
    }

    /** How an export names a holder so that its import finds the same one: the name, unless another has it too. */
    String holderText(Employee employee) {
        if (byName.getOrDefault(key(employee.name()), List.of()).size() == 1) {
            return employee.name();
        }
        return employee.employeeNumber() != null ? employee.employeeNumber() : employee.email() != null ? employee.email()
                : "id:" + employee.id();
    }

    Optional<CustomerAccount> account(String number) {
        return Optional.ofNullable(accounts.get(number.strip()));
    }

    Optional<CustomerAccount> account(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(accountsById.get(id));
    }

    Optional<Subscription> subscription(String e164) {
        return Optional.ofNullable(subscriptions.get(e164));
    }

    Optional<Subscription> subscription(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(subscriptionsById.get(id));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** @param ambiguous several employees have the name */
    record HolderMatch(Employee employee, boolean ambiguous) {
        static HolderMatch of(Employee employee) {
            return new HolderMatch(employee, false);
        }
    }
}
