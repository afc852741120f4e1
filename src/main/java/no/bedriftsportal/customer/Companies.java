package no.bedriftsportal.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.SqlArrays;

/** The customer module's API: companies, their customer numbers and their employees. */
@Service
public class Companies {

    private final CompanyRepository repository;
    private final ApplicationEventPublisher events;
    /** A new customer number or employee shows in the dashboard's filters and lists. */
    private final CompanyDataVersions dataVersions;

    Companies(CompanyRepository repository, ApplicationEventPublisher events, CompanyDataVersions dataVersions) {
        this.dataVersions = dataVersions;
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public Company register(RegisterCompany command) {
        OrgNumber orgNumber = OrgNumber.parse(command.orgNumber()).orElseThrow(() -> new InvalidInputException(
                "orgNumber", "company.orgNumber.invalid",
                "orgNumber must be 9 digits with a valid MOD11 check digit"));
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInputException("name", "company.name.required", "name is required");
        }
        if (command.postalCode() != null && !command.postalCode().isBlank() && !command.postalCode().strip().matches("\\d{4}")) {
            throw new InvalidInputException("postalCode", "company.postalCode.invalid", "postalCode must be 4 digits");
        }
        if (command.paymentTermsDays() != null && (command.paymentTermsDays() < 0 || command.paymentTermsDays() > 90)) {
            throw new InvalidInputException("paymentTermsDays", "company.paymentTerms.invalid",
                    "paymentTermsDays must be between 0 and 90");
        }
        if (repository.findCompany(orgNumber).isPresent()) {
            throw new ConflictException("orgNumber", "company.orgNumber.taken",
                    "a company with organisation number " + orgNumber + " is already registered");
        }
        long id = repository.insertCompany(orgNumber, command);
        Company company = repository.findCompany(id).orElseThrow();
        events.publishEvent(new CompanyRegistered(id, orgNumber));
        return company;
    }

    public Company get(long companyId) {
        return repository.findCompany(companyId).orElseThrow(() -> new NotFoundException("company"));
    }

    /** The company with this organisation number; a malformed number is named as such. */
    public Company get(String orgNumber) {
        OrgNumber parsed = OrgNumber.parse(orgNumber).orElseThrow(() -> new InvalidInputException(
                "orgNumber", "company.orgNumber.invalid", "orgNumber must be 9 digits with a valid MOD11 check digit"));
        return repository.findCompany(parsed).orElseThrow(() -> new NotFoundException("company " + parsed));
    }

    public List<Company> list() {
        return repository.listCompanies();
    }

    public boolean anyCompany() {
        return repository.anyCompany();
    }

    /**
     * Opens a customer number (invoice account) named after a department. The number comes from
     * the CRM, or from the operator's series when it sends none; it is unique across companies.
     */
    @Transactional
    public CustomerAccount openCustomerAccount(long companyId, String number, String name) {
        get(companyId);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "customerAccount.name.required", "name (the department) is required");
        }
        String chosen = number == null || number.isBlank() ? String.valueOf(repository.nextCustomerNumber()) : number.strip();
        if (!chosen.matches("\\d{4,12}")) {
            throw new InvalidInputException("number", "customerAccount.number.invalid", "number must be 4 to 12 digits");
        }
        if (repository.customerNumberTaken(chosen)) {
            throw new ConflictException("number", "customerAccount.number.taken", "customer number " + chosen + " is taken");
        }
        dataVersions.changed(companyId);
        return repository.insertCustomerAccount(companyId, chosen, name);
    }

    public List<CustomerAccount> customerAccounts(AccessScope scope) {
        return repository.listCustomerAccounts(scope);
    }

    public Optional<CustomerAccount> customerAccount(long companyId, long customerAccountId) {
        return repository.findCustomerAccount(companyId, customerAccountId);
    }

    public CustomerAccount customerAccount(long companyId, String number) {
        return repository.findCustomerAccount(companyId, number == null ? "" : number.strip())
                .orElseThrow(() -> new InvalidInputException("customerNumber", "customerAccount.unknown",
                        "the company has no customer number " + number));
    }

    @Transactional
    public Employee registerEmployee(long companyId, RegisterEmployee command) {
        get(companyId);
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInputException("name", "employee.name.required", "name is required");
        }
        if (command.email() != null && !command.email().isBlank() && !command.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "employee.email.invalid", "email is not an e-mail address");
        }
        if (command.employeeNumber() != null && !command.employeeNumber().isBlank()
                && repository.findEmployeeByNumber(companyId, command.employeeNumber().strip()).isPresent()) {
            throw new ConflictException("employeeNumber", "employee.number.taken",
                    "employee number " + command.employeeNumber().strip() + " is taken in this company");
        }
        dataVersions.changed(companyId);
        return repository.insertEmployee(companyId, command);
    }

    public Optional<Employee> employee(long companyId, long employeeId) {
        return repository.findEmployee(companyId, employeeId);
    }

    /**
     * Changes an employee's number (unique in the company; blank clears) and pay type (lønnsart, blank
     * clears), as invoice control sets them (#14.2).
     */
    @Transactional
    public Employee changeEmployee(long companyId, long employeeId, String employeeNumber, String payType) {
        Employee employee = repository.findEmployee(companyId, employeeId).orElseThrow(() -> new NotFoundException("employee"));
        String number = employeeNumber == null ? null : employeeNumber.strip();
        if (number != null && number.length() > 40) {
            throw new InvalidInputException("employeeNumber", "employee.number.tooLong", "employeeNumber is at most 40 characters");
        }
        if (number != null && !number.isEmpty() && repository.findEmployeeByNumber(companyId, number)
                .filter(other -> other.id() != employeeId).isPresent()) {
            throw new ConflictException("employeeNumber", "employee.number.taken",
                    "employee number " + number + " is taken in this company", number);
        }
        requirePayType(payType);
        repository.updateEmployee(companyId, employee.id(), number, payType == null ? null : payType.strip());
        dataVersions.changed(companyId);
        return repository.findEmployee(companyId, employeeId).orElseThrow();
    }

    /** Sets the pay type (blank clears) of these employees of the company; how many there were. */
    @Transactional
    public int changePayType(long companyId, Collection<Long> employeeIds, String payType) {
        requirePayType(payType);
        if (employeeIds.isEmpty()) {
            return 0;
        }
        int changed = repository.updatePayType(companyId, SqlArrays.bigints(employeeIds), payType == null ? null : payType.strip());
        dataVersions.changed(companyId);
        return changed;
    }

    private static void requirePayType(String payType) {
        if (payType != null && !payType.isBlank() && !payType.strip().matches("[0-9A-Za-z._-]{1,20}")) {
            throw new InvalidInputException("payType", "employee.payType.invalid",
                    "payType is 1 to 20 letters, digits, dots, dashes or underscores");
        }
    }

    public Employee employeeByNumber(long companyId, String employeeNumber) {
        return repository.findEmployeeByNumber(companyId, employeeNumber.strip())
                .orElseThrow(() -> new InvalidInputException("employeeNumber", "employee.unknown",
                        "the company has no employee number " + employeeNumber));
    }

    public List<Employee> employees(long companyId) {
        return repository.listEmployees(companyId);
    }

    /**
     * A page of the company's employees by id, after {@code afterId} (0 for the first), at most
     * {@code limit}; only those whose ids are in {@code only}, unless it is null (the company API).
     */
    public List<Employee> employees(long companyId, Collection<Long> only, long afterId, int limit) {
        return repository.employeesAfter(companyId, SqlArrays.bigints(only), afterId, limit);
    }
}
