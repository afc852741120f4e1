package no.bedriftsportal.customer;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.bedriftsportal.shared.AccessScope;

/** How the operator's CRM registers companies, their customer numbers and their employees. */
@RestController
@RequestMapping("/api/operator/companies")
@Tag(name = "Companies", description = "Customer companies, their customer numbers and employees")
class CompanyOperatorApi {

    private final Companies companies;

    CompanyOperatorApi(Companies companies) {
        this.companies = companies;
    }

    @PostMapping
    @Operation(summary = "Register a customer company (organisation number validated with MOD11)")
    ResponseEntity<CompanyResource> register(@Valid @RequestBody CompanyRequest request) {
        Company company = companies.register(new RegisterCompany(request.orgNumber(), request.name(),
                request.addressLine(), request.postalCode(), request.city(), request.invoiceEmail(), request.paymentTermsDays()));
        return ResponseEntity.created(URI.create("/api/operator/companies/" + company.orgNumber()))
                .body(CompanyResource.of(company));
    }

    @GetMapping
    @Operation(summary = "List customer companies")
    List<CompanyResource> list() {
        return companies.list().stream().map(CompanyResource::of).toList();
    }

    @GetMapping("/{orgNumber}")
    @Operation(summary = "One customer company")
    CompanyResource get(@PathVariable String orgNumber) {
        return CompanyResource.of(companies.get(orgNumber));
    }

    @PostMapping("/{orgNumber}/customer-accounts")
    @Operation(summary = "Open a customer number (invoice account) named after a department; "
            + "the number is assigned from the operator's series when none is sent")
    ResponseEntity<CustomerAccountResource> openCustomerAccount(@PathVariable String orgNumber,
            @Valid @RequestBody CustomerAccountRequest request) {
        Company company = companies.get(orgNumber);
        CustomerAccount account = companies.openCustomerAccount(company.id(), request.number(), request.name());
        return ResponseEntity.created(URI.create("/api/operator/companies/" + company.orgNumber() + "/customer-accounts/" + account.number()))
                .body(CustomerAccountResource.of(account));
    }

    @GetMapping("/{orgNumber}/customer-accounts")
    @Operation(summary = "The company's customer numbers")
    List<CustomerAccountResource> customerAccounts(@PathVariable String orgNumber) {
        Company company = companies.get(orgNumber);
        return companies.customerAccounts(AccessScope.wholeCompany(company.id())).stream()
                .map(CustomerAccountResource::of).toList();
    }

    @PostMapping("/{orgNumber}/employees")
    @Operation(summary = "Register an employee (employee number and pay type are used by payroll exports)")
    ResponseEntity<EmployeeResource> registerEmployee(@PathVariable String orgNumber, @Valid @RequestBody EmployeeRequest request) {
        Company company = companies.get(orgNumber);
        Employee employee = companies.registerEmployee(company.id(),
                new RegisterEmployee(request.name(), request.email(), request.employeeNumber(), request.payType()));
        return ResponseEntity.created(URI.create("/api/operator/companies/" + company.orgNumber() + "/employees/" + employee.id()))
                .body(EmployeeResource.of(employee));
    }

    @GetMapping("/{orgNumber}/employees")
    @Operation(summary = "The company's employees")
    List<EmployeeResource> employees(@PathVariable String orgNumber) {
        return companies.employees(companies.get(orgNumber).id()).stream().map(EmployeeResource::of).toList();
    }

    record CompanyRequest(@NotBlank @Size(max = 11) String orgNumber, @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String addressLine, @Size(max = 4) String postalCode, @Size(max = 100) String city,
            @Size(max = 254) String invoiceEmail,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Days from invoice date to due date; default 14")
            Integer paymentTermsDays) {
    }

    record CompanyResource(long id, String orgNumber, String name, String addressLine, String postalCode, String city,
            String invoiceEmail, int paymentTermsDays, Instant createdAt) {
        static CompanyResource of(Company c) {
            return new CompanyResource(c.id(), c.orgNumber().value(), c.name(), c.addressLine(), c.postalCode(), c.city(),
                    c.invoiceEmail(), c.paymentTermsDays(), c.createdAt());
        }
    }

    record CustomerAccountRequest(@Size(max = 12) String number, @NotBlank @Size(max = 100) String name) {
    }

    record CustomerAccountResource(long id, String number, String name) {
        static CustomerAccountResource of(CustomerAccount a) {
            return new CustomerAccountResource(a.id(), a.number(), a.name());
        }
    }

    record EmployeeRequest(@NotBlank @Size(max = 200) String name, @Size(max = 254) String email, @Size(max = 40) String employeeNumber,
            @Size(max = 40) String payType) {
    }

    record EmployeeResource(long id, String name, String email, String employeeNumber, String payType) {
        static EmployeeResource of(Employee e) {
            return new EmployeeResource(e.id(), e.name(), e.email(), e.employeeNumber(), e.payType());
        }
    }
}
