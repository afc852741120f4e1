package no.bedriftsportal.costsharing;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.costsharing.InvoiceControlJson.AgreementBody;
import no.bedriftsportal.costsharing.InvoiceControlJson.ClassificationBody;
import no.bedriftsportal.costsharing.InvoiceControlJson.EmployeeBody;
import no.bedriftsportal.costsharing.InvoiceControlJson.EmployeeDetail;
import no.bedriftsportal.costsharing.InvoiceControlJson.OpeningBalanceBody;
import no.bedriftsportal.costsharing.InvoiceControlJson.Purchase;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * The company API's employees in invoice control (#14.2, #14.6): employee number and pay type, the
 * salary-deduction agreement, opening balances, and the classification of content purchases. The
 * same service as the portal's employee page, with the token's scope.
 */
@RestController
@Tag(name = "Invoice control: employees", description = "Employee number, pay type, deduction agreement, opening balances and "
        + "the classification of content purchases")
class InvoiceControlEmployeesApi {

    private static final String EMPLOYEE = InvoiceControlJson.PATH + "/employees/{id}";

    private final EmployeeControl employees;

    InvoiceControlEmployeesApi(EmployeeControl employees) {
        this.employees = employees;
    }

    @GetMapping(EMPLOYEE)
    @Operation(summary = "One employee: employee number, pay type, agreement, opening balances and subscriptions with their choice")
    EmployeeDetail get(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        return detail(client.scope(), id);
    }

    @PutMapping(EMPLOYEE)
    @Operation(summary = "Sets the employee number (unique in the company) and pay type; null or blank clears")
    EmployeeDetail change(@AuthenticationPrincipal ApiClient client, @PathVariable long id, @RequestBody EmployeeBody body) {
        employees.change(client.scope(), id, body.employeeNumber(), body.payType(), ChangedBy.of(client));
        return detail(client.scope(), id);
    }

    @PutMapping(EMPLOYEE + "/agreement")
    @Operation(summary = "Records the written salary-deduction agreement, signed on the day given ({\"signedOn\":\"2026-01-15\"})")
    EmployeeDetail agreement(@AuthenticationPrincipal ApiClient client, @PathVariable long id, @RequestBody AgreementBody body) {
        employees.recordAgreement(client.scope(), id, body.signedOn(), null, ChangedBy.of(client));
        return detail(client.scope(), id);
    }

    @PostMapping(value = EMPLOYEE + "/agreement/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attaches the scanned agreement (multipart field file: a PDF, JPEG or PNG of at most 5 MB) to the "
            + "agreement recorded; a file attached before is replaced")
    EmployeeDetail agreementFile(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
            @RequestPart("file") MultipartFile file) {
        Agreement agreement = employees.agreement(client.scope(), id).orElseThrow(() -> new InvalidInputException(
                "file", "invoiceControl.api.agreementFirst", "record the agreement (its signing day) before attaching its scan"));
        employees.recordAgreement(client.scope(), id, agreement.signedOn(), EmployeeController.file(file),
                ChangedBy.of(client));
        return detail(client.scope(), id);
    }

    @DeleteMapping(EMPLOYEE + "/agreement")
    @Operation(summary = "Removes the salary-deduction agreement (and its scanned copy)")
    EmployeeDetail removeAgreement(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        employees.removeAgreement(client.scope(), id, ChangedBy.of(client));
        return detail(client.scope(), id);
    }

    @PutMapping(EMPLOYEE + "/opening-balances/{year}")
    @Operation(summary = "Sets the private content purchases earlier in the year ({\"amount\":\"1234.50\"}, NOK gross)")
    EmployeeDetail openingBalance(@AuthenticationPrincipal ApiClient client, @PathVariable long id, @PathVariable int year,
            @RequestBody OpeningBalanceBody body) {
        employees.setOpeningBalance(client.scope(), id, year, EmployeeController.parseAmount(body.amount()), ChangedBy.of(client));
        return detail(client.scope(), id);
    }

    @GetMapping(EMPLOYEE + "/content-purchases")
    @Operation(summary = "The content purchases of the employee's subscriptions in a usage month (month=yyyy-MM) with their "
            + "classification; what and from whom, never the other party")
    List<Purchase> purchases(@AuthenticationPrincipal ApiClient client, @PathVariable long id, @RequestParam String month) {
        return employees.contentPurchases(client.scope(), id, month(month, true)).stream().map(Purchase::of).toList();
    }

    @PutMapping(InvoiceControlJson.PATH + "/content-purchases/{cdrId}/{piece}/classification")
    @Operation(summary = "Classifies a content purchase as WORK or PRIVATE, as the administrator; the employee's month is "
            + "computed again (a final month is corrected in the next)")
    Purchase classify(@AuthenticationPrincipal ApiClient client, @PathVariable String cdrId, @PathVariable int piece,
            @RequestBody ClassificationBody body) {
        return Purchase.of(employees.classify(client.scope(), cdrId, piece, EmployeeController.parseClassification(body.classification()),
                month(body.month(), false), ChangedBy.of(client)));
    }

    private EmployeeDetail detail(AccessScope scope, long id) {
        return EmployeeDetail.of(employees.employee(scope, id), employees.agreement(scope, id).orElse(null),
                employees.openingBalances(scope, id), employees.subscriptions(scope, id));
    }

    private static YearMonth month(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException("month", "invoiceControl.api.month", "month (yyyy-MM) is required");
            }
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "invoiceControl.api.month", "month is yyyy-MM");
        }
    }
}
