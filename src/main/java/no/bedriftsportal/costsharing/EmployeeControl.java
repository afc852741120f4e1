package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;

/**
 * One employee in invoice control (#14.2, #14.6): employee number and pay type (the customer module's
 * employee), the salary-deduction agreement with its scanned copy, the opening balances, Datakontroll
 * per subscription, and the classification of content purchases by an administrator. An employee is
 * found only within the caller's company, and for a user limited to customer numbers only through a
 * subscription in them. Every change is in the audit log.
 */
@Service
public class EmployeeControl {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final EmployeeControlRepository repository;
    private final Companies companies;
    private final RatingSteer steering;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeControl(EmployeeControlRepository repository, Companies companies, RatingSteer steering, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.companies = companies;
        this.steering = steering;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The employee, when in the scope. */
    Employee employee(AccessScope scope, long employeeId) {
        if (!repository.inScope(scope, employeeId)) {
            throw new NotFoundException("employee " + employeeId);
        }
        return companies.employee(scope.companyId(), employeeId).orElseThrow(() -> new NotFoundException("employee " + employeeId));
    }

    List<UserListRow> subscriptions(AccessScope scope, long employeeId) {
        employee(scope, employeeId);
        return repository.subscriptions(scope, employeeId, Oslo.today(clock));
    }

    Optional<Agreement> agreement(AccessScope scope, long employeeId) {
        employee(scope, employeeId);
        return repository.agreement(scope.companyId(), employeeId);
    }

    List<OpeningBalance> openingBalances(AccessScope scope, long employeeId) {
        employee(scope, employeeId);
        return repository.openingBalances(scope.companyId(), employeeId);
    }

    @Transactional
    Employee change(AccessScope scope, long employeeId, String employeeNumber, String payType, ChangedBy by) {
        Employee before = employee(scope, employeeId);
        Employee after = companies.changeEmployee(scope.companyId(), employeeId, employeeNumber, payType);
        record(Change.EMPLOYEE_CHANGED, null, List.of(after.name(), nullToEmpty(after.employeeNumber()),
                nullToEmpty(after.payType())));
        return after.equals(before) ? before : after;
    }

    /** Records (or changes) the agreement; a file, when given, replaces the one attached. */
    @Transactional
    Agreement recordAgreement(AccessScope scope, long employeeId, LocalDate signedOn, AgreementFile file, ChangedBy by) {
        Employee employee = employee(scope, employeeId);
        if (signedOn == null) {
            throw new InvalidInputException("signedOn", "invoiceControl.employee.error.signedOn", "signedOn (yyyy-MM-dd) is required");
        }
        if (signedOn.isAfter(Oslo.today(clock))) {
            throw new InvalidInputException("signedOn", "invoiceControl.employee.error.signedOnFuture", "signedOn is in the future");
        }
        if (file != null) {
            requireFile(file);
        }
        repository.saveAgreement(scope.companyId(), employeeId, signedOn, clock.instant(), by.rowName(), file);
        record(Change.AGREEMENT_RECORDED, null, List.of(employee.name(), DATE.format(signedOn)));
        return repository.agreement(scope.companyId(), employeeId).orElseThrow();
    }

    @Transactional
    void removeAgreement(AccessScope scope, long employeeId, ChangedBy by) {
        Employee employee = employee(scope, employeeId);
        if (repository.removeAgreement(scope.companyId(), employeeId)) {
            record(Change.AGREEMENT_REMOVED, null, List.of(employee.name()));
        }
    }

    @Transactional
    void removeAgreementFile(AccessScope scope, long employeeId, ChangedBy by) {
        Employee employee = employee(scope, employeeId);
        Agreement agreement = repository.agreement(scope.companyId(), employeeId).orElse(null);
        if (agreement != null && repository.removeAgreementFile(scope.companyId(), employeeId)) {
            record(Change.AGREEMENT_RECORDED, null, List.of(employee.name(), DATE.format(agreement.signedOn())));
        }
    }

    Optional<AgreementFile> agreementFile(AccessScope scope, long employeeId) {
        employee(scope, employeeId);
        return repository.agreementFile(scope.companyId(), employeeId);
    }

    @Transactional
    OpeningBalance setOpeningBalance(AccessScope scope, long employeeId, int year, BigDecimal amount, ChangedBy by) {
        Employee employee = employee(scope, employeeId);
        int thisYear = Oslo.today(clock).getYear();
        if (year < 2000 || year > thisYear) {
            throw new InvalidInputException("year", "invoiceControl.employee.error.year", "year is between 2000 and this year");
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000")) >= 0) {
            throw new InvalidInputException("amount", "invoiceControl.employee.error.amount",
                    "amount is kroner from 0 to 999999.99, at most two decimals");
        }
        repository.saveOpeningBalance(scope.companyId(), employeeId, year, amount, clock.instant(), by.rowName());
        record(Change.OPENING_BALANCE_SET, null, List.of(employee.name(), String.valueOf(year), NorwegianFormat.money(amount)));
        return repository.openingBalances(scope.companyId(), employeeId).stream().filter(balance -> balance.year() == year)
                .findFirst().orElseThrow();
    }

    /** Switches Datakontroll on one of the employee's subscriptions (in the scope), from now. */
    @Transactional
    void switchDataControl(AccessScope scope, long subscriptionId, boolean enabled, ChangedBy by) {
        UserListRow subscription = subscription(scope, subscriptionId);
        steering.switchDataControl(scope.companyId(), subscriptionId, enabled, by.rowName());
        record(Change.DATA_CONTROL_SWITCHED, enabled ? "ON" : "OFF", List.of(
                subscription.employeeName() == null ? "" : subscription.employeeName(),
                no.bedriftsportal.shared.MaskedNumber.mask(subscription.msisdn())));
    }

    /** A subscription in the scope, as the user list shows it. */
    UserListRow subscription(AccessScope scope, long subscriptionId) {
        return repository.subscriptionInScope(scope, subscriptionId, Oslo.today(clock))
                .orElseThrow(() -> new NotFoundException("subscription " + subscriptionId));
    }

    /** The content purchases of the employee's subscriptions (in the scope) in the usage month. */
    List<ContentPurchase> contentPurchases(AccessScope scope, long employeeId, YearMonth month) {
        employee(scope, employeeId);
        return repository.contentPurchases(scope, employeeId, Oslo.startOf(month.atDay(1)), Oslo.startOf(month.plusMonths(1).atDay(1)));
    }

    /** Whether the employee's result for the month is final (a classification then becomes a correction next month). */
    boolean monthFinal(AccessScope scope, long employeeId, YearMonth month) {
        return repository.resultStatus(scope.companyId(), employeeId, month.atDay(1)).map("FINAL"::equals).orElse(false);
    }

    /**
     * Marks a content purchase work or private as the administrator (#14.6), and has the employee's
     * month computed again ({@link ContentClassified}); a month already final is corrected next month.
     *
     * @param month the purchase's usage month when known (finds it faster), else null
     */
    @Transactional
    ContentPurchase classify(AccessScope scope, String cdrId, int piece, Classification classification, YearMonth month,
            ChangedBy by) {
        if (classification == null) {
            throw new InvalidInputException("classification", "invoiceControl.employee.error.classification",
                    "classification is WORK or PRIVATE");
        }
        Instant from = month == null ? null : Oslo.startOf(month.atDay(1));
        Instant to = month == null ? null : Oslo.startOf(month.plusMonths(1).atDay(1));
        EmployeeControlRepository.Owned owned = repository.purchase(scope, cdrId, piece, from, to)
                .orElseThrow(() -> new NotFoundException("content purchase " + cdrId + "/" + piece));
        ContentPurchase purchase = owned.purchase();
        repository.classify(scope.companyId(), purchase, classification, clock.instant(), by.rowName());
        String employeeName = owned.employeeId() == null ? ""
                : companies.employee(scope.companyId(), owned.employeeId()).map(Employee::name).orElse("");
        record(Change.CONTENT_CLASSIFIED, classification.name(), List.of(employeeName,
                purchase.description() == null ? nullToEmpty(purchase.provider()) : purchase.description(),
                NorwegianFormat.money(purchase.gross())));
        if (owned.employeeId() != null) {
            events.publishEvent(new ContentClassified(scope.companyId(), owned.employeeId(), Oslo.monthOf(purchase.startTime())));
        }
        return repository.purchase(scope, cdrId, piece, from, to).orElseThrow().purchase();
    }

    /**
     * Records an agreement as recorded at {@code at} by {@code by}: for seeding history (the demo
     * company's agreements), not for the pages or the API, and without an audit entry.
     */
    @Transactional
    public void recordAgreementAt(long companyId, long employeeId, LocalDate signedOn, String by, Instant at) {
        companies.employee(companyId, employeeId).orElseThrow(() -> new NotFoundException("employee " + employeeId));
        repository.saveAgreement(companyId, employeeId, signedOn, at, by, null);
    }

    /** Every content purchase of the company from {@code from} until {@code to}, oldest first: for seeding history. */
    @Transactional(readOnly = true)
    public List<ContentPurchase> contentPurchasesOfCompany(long companyId, Instant from, Instant to) {
        return repository.contentPurchases(companyId, from, to);
    }

    /**
     * Classifies a content purchase as done at {@code at}, by the employee (on their own page or the
     * SMS link) or by an administrator, named {@code byName}: for seeding history (the demo company's
     * past months), not for the pages or the API. No audit entry and no {@link ContentClassified}:
     * whoever seeds computes the results afterwards ({@link MonthlyResults}).
     */
    @Transactional
    public void classifyAt(long companyId, ContentPurchase purchase, Classification classification, boolean byEmployee,
            String byName, Instant at) {
        repository.classify(companyId, purchase, classification, at, byEmployee ? "EMPLOYEE" : "ADMIN", byName);
    }

    private static void requireFile(AgreementFile file) {
        if (file.content() == null || file.content().length == 0) {
            throw new InvalidInputException("file", "invoiceControl.employee.error.fileEmpty", "the file is empty");
        }
        if (file.content().length > AgreementFile.MAX_SIZE) {
            throw new InvalidInputException("file", "invoiceControl.employee.error.fileSize", "the file is larger than 5 MB");
        }
        if (!AgreementFile.TYPES.contains(file.type()) || !matchesType(file)) {
            throw new InvalidInputException("file", "invoiceControl.employee.error.fileType", "the file is not PDF, JPEG or PNG");
        }
        if (file.name() == null || file.name().isBlank() || file.name().length() > 200) {
            throw new InvalidInputException("file", "invoiceControl.employee.error.fileName", "the file needs a name of at most 200 characters");
        }
    }

    /** The file starts as its type says: %PDF, JPEG's FF D8 FF, PNG's 89 'PNG'. */
    private static boolean matchesType(AgreementFile file) {
        byte[] c = file.content();
        return switch (file.type()) {
            case "application/pdf" -> c.length >= 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F';
            case "image/jpeg" -> c.length >= 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF;
            case "image/png" -> c.length >= 4 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G';
            default -> false;
        };
    }

    private void record(Change change, String variant, List<?> arguments) {
        audit.changed(change, variant, arguments);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
