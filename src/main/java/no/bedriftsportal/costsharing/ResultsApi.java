package no.bedriftsportal.costsharing;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiMoney;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.web.ProblemResponse;

/**
 * The company API's monthly results (issue #14.9, scope {@code invoice-control:read}): a month's
 * totals and employees, one employee's lines with their events, and the payroll file from final
 * results, through the same {@link Results} as the pages, with the token's scope. A payroll file
 * that cannot be made answers a problem: 409 while the month is preliminary, 422 with the
 * employees lacking an employee number (or when a pay type is not set).
 */
@RestController
@Tag(name = "Invoice control: results", description = "Monthly salary deductions and taxable benefits per employee, "
        + "and the payroll file")
class ResultsApi {

    static final String PATH = "/api/v1/invoice-control/results";
    private static final URI NOT_FINAL = URI.create("https://bedriftsportal.no/problems/results-not-final");
    private static final URI NOT_READY = URI.create("https://bedriftsportal.no/problems/payroll-not-ready");

    private final Results results;
    private final AuditTrail audit;

    ResultsApi(Results results, AuditTrail audit) {
        this.results = results;
        this.audit = audit;
    }

    record TotalsJson(String deduction, String benefit, String notDeducted, int employees) {
    }

    record EmployeeJson(long employeeId, String name, String employeeNumber, String status, String deduction, String benefit,
            String notDeducted, LocalDate agreementSignedOn) {

        static EmployeeJson of(Results.EmployeeRow row) {
            return new EmployeeJson(row.employeeId(), row.name(), row.employeeNumber(), row.status(), ApiMoney.of(row.deduction()),
                    ApiMoney.of(row.benefit()), ApiMoney.of(row.notDeducted()), row.agreementSignedOn());
        }
    }

    /**
     * @param status   NONE (no employee has a result), PRELIMINARY or FINAL
     * @param deadline the content deadline: preliminary until this day, final from the day after
     */
    record MonthJson(String month, String status, LocalDate deadline, TotalsJson totals, List<EmployeeJson> employees) {
    }

    record ProfileJson(Long profileId, Integer version, String name) {
    }

    record EventJson(String cdrId, int piece, Instant startTime, String description, String gross) {
    }

    record LineJson(int lineNumber, String kind, String treatment, String rule, Long subscriptionId, String msisdn,
            ProfileJson profile, String amount, String correctsMonth, List<EventJson> events) {

        static LineJson of(Results.LineView line) {
            return new LineJson(line.lineNumber(), line.kind().name(), line.treatment().name(), line.rule(), line.subscriptionId(),
                    line.msisdn(), line.profileId() == null ? null
                            : new ProfileJson(line.profileId(), line.profileVersion(), line.profileName()),
                    ApiMoney.of(line.amount()), line.correctsMonth() == null ? null : line.correctsMonth().toString(),
                    line.events().stream().map(event -> new EventJson(event.cdrId(), event.piece(), event.startTime(),
                            event.description(), ApiMoney.of(event.gross()))).toList());
        }
    }

    /** One employee's month: the result (status null when there is none) and its lines. */
    record EmployeeResultJson(String month, EmployeeJson employee, List<LineJson> lines) {
    }

    @GetMapping(PATH)
    @Operation(summary = "A month's results: status, totals and every employee's deduction, benefit and not deducted "
            + "(without a salary-deduction agreement); month yyyy-MM, by default the latest with results")
    MonthJson month(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The usage month, yyyy-MM", example = "2026-10") @RequestParam(required = false) String month) {
        YearMonth shown = month == null || month.isBlank() ? results.defaultMonth(client.scope()) : month(month);
        Results.MonthView view = results.month(client.scope(), shown);
        return new MonthJson(shown.toString(), view.status().name(), view.deadline(),
                new TotalsJson(ApiMoney.of(view.totals().deduction()), ApiMoney.of(view.totals().benefit()),
                        ApiMoney.of(view.totals().notDeducted()), view.totals().employees()),
                view.employees().stream().map(EmployeeJson::of).toList());
    }

    @GetMapping(PATH + "/{month}/employees/{employeeId}")
    @Operation(summary = "One employee's result of a month with its lines (rule, profile version, amount) and the rated "
            + "events under each line; never who was called")
    EmployeeResultJson employee(@AuthenticationPrincipal ApiClient client, @PathVariable String month,
            @PathVariable long employeeId) {
        YearMonth shown = ResultsController.path(month);
        Results.EmployeeView view = results.employee(client.scope(), shown, employeeId)
                .orElseThrow(() -> new NotFoundException("employee " + employeeId));
        return new EmployeeResultJson(shown.toString(), EmployeeJson.of(view.employee()),
                view.lines().stream().map(LineJson::of).toList());
    }

    @GetMapping(PATH + "/{month}/payroll") // text/plain or text/csv by format; a refusal is application/problem+json
    @Operation(summary = "The month's payroll file from final results in a format (VISMA_LONN, TRIPLETEX, HULDT_LILLEVIK, "
            + "CSV); 409 while the results are preliminary, 422 with the employees lacking an employee number or when "
            + "a pay type is not set")
    ResponseEntity<?> payroll(@AuthenticationPrincipal ApiClient client, @PathVariable String month,
            @Parameter(description = "The payroll system's format", example = "CSV") @RequestParam(defaultValue = "CSV")
            PayrollFormat format, HttpServletRequest request) {
        YearMonth shown = ResultsController.path(month);
        Results.Payroll payroll = results.payroll(client.scope(), shown, format);
        if (payroll.refused()) {
            return refusal(shown, format, payroll, request);
        }
        audit.downloaded(Download.PAYROLL_FILE, shown + ", " + ResultsController.payrollName(format));
        return ResultsController.file(payroll, format);
    }

    private static ResponseEntity<ProblemDetail> refusal(YearMonth month, PayrollFormat format, Results.Payroll payroll,
            HttpServletRequest request) {
        boolean notFinal = payroll.refusal() == Results.Refusal.NOT_FINAL;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(notFinal ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
                switch (payroll.refusal()) {
                    case NOT_FINAL -> "the results of " + month + " are preliminary; the payroll file can be made from "
                            + payroll.finalFrom();
                    case EMPLOYEE_NUMBERS_MISSING -> "these employees lack an employee number";
                    case DEDUCTION_PAY_TYPE_MISSING -> "the pay type of salary deductions is not set";
                    case BENEFIT_PAY_TYPE_MISSING -> "the pay type of taxable benefits is not set";
                    case NUMBERS_UNFIT_FOR_FORMAT -> "these employees' numbers or pay types do not fit the format " + format
                            + " (digits only, and not too many): fix them or choose another format";
                });
        problem.setType(notFinal ? NOT_FINAL : NOT_READY);
        problem.setTitle(notFinal ? "Results not final" : "Payroll file not ready");
        problem.setProperty("reason", payroll.refusal().name());
        if (!notFinal) {
            problem.setProperty("employees", payroll.lackingNumbers().stream()
                    .map(row -> new LackingJson(row.employeeId(), row.name())).toList());
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponse.withCorrelationId(problem, request));
    }

    record LackingJson(long employeeId, String name) {
    }

    private static YearMonth month(String month) {
        YearMonth parsed = ResultsController.parseOr(month, null);
        if (parsed == null) {
            throw new no.bedriftsportal.shared.InvalidInputException("month", "invoiceControl.results.month.invalid",
                    "month must be a month as yyyy-MM");
        }
        return parsed;
    }
}
