package no.bedriftsportal.subscription;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The company API's employees ({@code dashboard:read}), by id, paged in SQL. Here rather than in
 * {@code customer}, which owns the employees but may not know subscriptions: a token limited to
 * some customer numbers sees only the employees holding a subscription under them, with those
 * subscriptions; a token for all sees every employee.
 */
@RestController
@Tag(name = "Employees", description = "The company's employees and the subscriptions they hold")
class EmployeeApi {

    private final Companies companies;
    private final Subscriptions subscriptions;

    EmployeeApi(Companies companies, Subscriptions subscriptions) {
        this.companies = companies;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/v1/employees")
    @Operation(summary = "The employees the token may see, by id")
    CursorPage<EmployeeJson> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 1);
        AccessScope scope = client.scope();
        List<Employee> fetched = companies.employees(scope.companyId(), visible(scope), after == null ? 0 : after.parseLong(0),
                pageSize + 1);
        return CursorPage.of(jsons(scope, fetched), pageSize, employee -> Cursor.of(employee.id()));
    }

    @GetMapping("/api/v1/employees/{id}")
    @Operation(summary = "One employee; 404 when the token may not see them")
    EmployeeJson get(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        AccessScope scope = client.scope();
        Set<Long> visible = visible(scope);
        return companies.employee(scope.companyId(), id).filter(employee -> visible == null || visible.contains(employee.id()))
                .map(employee -> jsons(scope, List.of(employee)).get(0)).orElseThrow(() -> new NotFoundException("employee"));
    }

    /** The employees holding a subscription under the token's customer numbers, or null (every employee) for a token of all. */
    private Set<Long> visible(AccessScope scope) {
        if (scope.allCustomerAccounts()) {
            return null;
        }
        return subscriptions.list(scope).stream().map(Subscription::employeeId).filter(id -> id != null).collect(Collectors.toSet());
    }

    private List<EmployeeJson> jsons(AccessScope scope, List<Employee> employees) {
        Map<Long, List<Subscription>> held = subscriptions.ofEmployees(scope, employees.stream().map(Employee::id).toList()).stream()
                .collect(Collectors.groupingBy(Subscription::employeeId));
        Map<Long, String> numbers = companies.customerAccounts(scope).stream()
                .collect(Collectors.toMap(CustomerAccount::id, CustomerAccount::number));
        return employees.stream().map(employee -> {
            List<Subscription> theirs = held.getOrDefault(employee.id(), List.of());
            return new EmployeeJson(employee.id(), employee.name(), employee.employeeNumber(), employee.email(),
                    List.copyOf(theirs.stream().map(s -> numbers.get(s.customerAccountId())).collect(Collectors.toCollection(TreeSet::new))),
                    theirs.stream().map(Subscription::id).toList());
        }).toList();
    }
}
