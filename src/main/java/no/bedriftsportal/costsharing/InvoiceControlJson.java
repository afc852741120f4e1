package no.bedriftsportal.costsharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.api.ApiMoney;

/** The company API's shapes of invoice control's users and employees (#14.2, #14.6). */
final class InvoiceControlJson {

    static final String PATH = "/api/v1/invoice-control";

    private InvoiceControlJson() {
    }

    /**
     * A subscription with its profile choice: {@code PROFILE} (with {@code profileId} and {@code profileName}),
     * {@code NO_PROFILE} ("Ingen profil") or {@code NEW} ("NY! (ikke valgt)").
     *
     * @param payType the employee's own pay type for deductions, or null (the settings' applies)
     */
    record Subscription(long id, String msisdn, Long employeeId, String employeeName, String employeeNumber, String payType,
            String customerNumber, String choice, Long profileId, String profileName, boolean agreement, boolean dataControl) {

        static Subscription of(UserListRow row) {
            return new Subscription(row.subscriptionId(), row.msisdn(), row.employeeId(), row.employeeName(), row.employeeNumber(),
                    row.payType(), row.customerNumber(), row.choice().name(), row.profileId(), row.profileName(), row.agreement(),
                    row.dataControl());
        }
    }

    /** An employee in invoice control: payroll keys, agreement (null when none), opening balances, subscriptions. */
    record EmployeeDetail(long id, String name, String employeeNumber, String payType, AgreementJson agreement,
            List<OpeningBalanceJson> openingBalances, List<Subscription> subscriptions) {

        static EmployeeDetail of(Employee employee, Agreement agreement, List<OpeningBalance> balances, List<UserListRow> rows) {
            return new EmployeeDetail(employee.id(), employee.name(), employee.employeeNumber(), employee.payType(),
                    agreement == null ? null : new AgreementJson(agreement.signedOn(), agreement.recordedAt(), agreement.recordedBy(),
                            agreement.fileName()),
                    balances.stream().map(b -> new OpeningBalanceJson(b.year(), ApiMoney.of(b.amount()), b.recordedAt(), b.recordedBy()))
                            .toList(),
                    rows.stream().map(Subscription::of).toList());
        }
    }

    /** @param fileName the scanned copy attached (in the portal or through the API), or null */
    record AgreementJson(LocalDate signedOn, Instant recordedAt, String recordedBy, String fileName) {
    }

    /** @param amount private content purchases earlier in the year, NOK gross */
    record OpeningBalanceJson(int year, String amount, Instant recordedAt, String recordedBy) {
    }

    /**
     * A content purchase: what and from whom (never the other party), gross amount, classification
     * ({@code WORK}, {@code PRIVATE} or null) and by whom ({@code ADMIN} or {@code EMPLOYEE}, with the name).
     */
    record Purchase(String cdrId, int piece, long subscriptionId, String msisdn, Instant startTime, String description,
            String provider, String gross, String classification, String classifiedBy, String classifiedByName,
            Instant classifiedAt) {

        static Purchase of(ContentPurchase p) {
            return new Purchase(p.cdrId(), p.piece(), p.subscriptionId(), p.msisdn(), p.startTime(), p.description(), p.provider(),
                    ApiMoney.of(p.gross()), p.classification() == null ? null : p.classification().name(), p.classifiedBy(),
                    p.classifiedByName(), p.classifiedAt());
        }
    }

    /**
     * A subscription's invoice control this month so far (#14.8): {@code invoiceControl} when its choice in
     * force is a profile; then the month's content purchases and, for its employee, the estimate.
     *
     * @param choice          {@code PROFILE}, {@code NO_PROFILE} or {@code NEW}
     * @param unclassifiedAs  what an unclassified purchase counts as after the deadline ({@code WORK} or {@code PRIVATE})
     * @param estimate        null without a profile or an employee
     * @param lastResultMonth the month before (yyyy-MM) when the employee has a result for it, else null
     */
    record ThisMonth(long subscriptionId, String month, boolean invoiceControl, String choice, Long profileId, String profileName,
            Long employeeId, String employeeName, List<MonthPurchase> purchases, String unclassifiedAs, LocalDate deadline,
            MonthEstimate estimate, String lastResultMonth) {

        static ThisMonth of(SubscriptionOverview o) {
            return new ThisMonth(o.subscriptionId(), o.month().toString(), o.invoiceControl(), o.choice().name(), o.profileId(),
                    o.profileName(), o.employeeId(), o.employeeName(),
                    o.purchases().stream().map(p -> new MonthPurchase(p.cdrId(), p.piece(), p.startTime(), p.description(),
                            p.provider(), ApiMoney.of(p.gross()), p.classification() == null ? null : p.classification().name())).toList(),
                    o.unclassifiedAs().name(), o.deadline(),
                    o.estimate() == null ? null : new MonthEstimate(ApiMoney.of(o.estimate().deduction()), ApiMoney.of(o.estimate().benefit()),
                            ApiMoney.of(o.estimate().notDeducted())),
                    o.lastResultMonth() == null ? null : o.lastResultMonth().toString());
        }
    }

    /** A content purchase of the month: what and from whom, gross NOK, {@code WORK}, {@code PRIVATE} or null (not classified). */
    record MonthPurchase(String cdrId, int piece, Instant startTime, String description, String provider, String gross,
            String classification) {
    }

    /** The employee's month so far (NOK): the salary deduction, the taxable benefit and what is not deducted (no agreement). */
    record MonthEstimate(String deduction, String benefit, String notDeducted) {
    }

    /** Body of PUT …/subscriptions/{id}/profile: {@code {"choice":"PROFILE","profileId":12}} or {@code {"choice":"NO_PROFILE"}}. */
    record ChoiceBody(String choice, Long profileId) {
    }

    /** Body of POST …/subscriptions/bulk: the action SET_PROFILE (with profileId), REMOVE_PROFILE or SET_PAY_TYPE (with payType, null for the settings'). */
    record BulkBody(String action, List<Long> subscriptionIds, Long profileId, String payType) {
    }

    /** How many subscriptions (or employees, for a pay type) a bulk change changed. */
    record BulkResult(int changed) {
    }

    /** Body of PUT …/subscriptions/{id}/data-control. */
    record DataControlBody(Boolean enabled) {
    }

    /** Body of PUT …/employees/{id}: both fields are set as given (null or blank clears). */
    record EmployeeBody(String employeeNumber, String payType) {
    }

    /** Body of PUT …/employees/{id}/agreement: the day it was signed (yyyy-MM-dd). */
    record AgreementBody(LocalDate signedOn) {
    }

    /** Body of PUT …/employees/{id}/opening-balances/{year}: NOK gross as a string, "1234.50". */
    record OpeningBalanceBody(String amount) {
    }

    /** Body of PUT …/content-purchases/{cdrId}/{piece}/classification; month (yyyy-MM) of the purchase finds it faster. */
    record ClassificationBody(String classification, String month) {
    }
}
