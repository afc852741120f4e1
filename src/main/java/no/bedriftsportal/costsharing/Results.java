package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The monthly results as the pages and the company API show them (IC1, IC7): a month's totals and
 * employees, one employee's lines with their events, and the payroll file from final results.
 * One service, two doors: {@link ResultsController} and {@link ResultsApi} call the same methods.
 */
@Service
public class Results {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nb"));

    private final ResultsQuery query;
    private final MonthInputs inputs;
    private final RulesInForce rules;
    private final Clock clock;

    Results(ResultsQuery query, MonthInputs inputs, RulesInForce rules, Clock clock) {
        this.query = query;
        this.inputs = inputs;
        this.rules = rules;
        this.clock = clock;
    }

    public enum MonthStatus {
        /** No employee has a result this month. */
        NONE, PRELIMINARY, FINAL
    }

    public record Totals(BigDecimal deduction, BigDecimal benefit, BigDecimal notDeducted, int employees) {
    }

    /**
     * A month's results.
     *
     * @param deadline the content deadline: preliminary until this day, final from the day after
     */
    public record MonthView(YearMonth month, MonthStatus status, LocalDate deadline, Totals totals,
            List<EmployeeRow> employees) {
    }

    /** One employee's month: the result (status null when there is none) and its lines. */
    public record EmployeeView(YearMonth month, EmployeeRow employee, LocalDate deadline,
            List<LineView> lines) {
    }

    /** One employee's result in the month list. */
    public record EmployeeRow(long employeeId, String name, String employeeNumber, String payType, String status,
            BigDecimal deduction, BigDecimal benefit, BigDecimal notDeducted, LocalDate agreementSignedOn) {

        public boolean agreementMissing() {
            return agreementSignedOn == null;
        }
    }

    /** One line of a result, with the subscription's number (the administrator may see it) and its events. */
    public record LineView(int lineNumber, ResultLine.Kind kind, ResultLine.Treatment treatment, Long subscriptionId, String msisdn,
            String maskedMsisdn, Long profileId, Integer profileVersion, String profileName, String rule, BigDecimal amount,
            YearMonth correctsMonth, List<EventView> events) {
    }

    /** A rated piece under a line: what it was, never who was called. */
    public record EventView(String cdrId, int piece, Instant startTime, String description, BigDecimal gross) {
    }

    /** The months with results, the latest first. */
    List<YearMonth> months(AccessScope scope) {
        return query.months(scope);
    }

    /** The month to show when none is asked for: the latest with results, else last month. */
    YearMonth defaultMonth(AccessScope scope) {
        return months(scope).stream().findFirst().orElse(YearMonth.from(Oslo.today(clock)).minusMonths(1));
    }

    MonthView month(AccessScope scope, YearMonth month) {
        List<EmployeeRow> employees = query.employees(scope, month);
        BigDecimal deduction = BigDecimal.ZERO.setScale(2);
        BigDecimal benefit = BigDecimal.ZERO.setScale(2);
        BigDecimal notDeducted = BigDecimal.ZERO.setScale(2);
        boolean anyPreliminary = false;
        for (EmployeeRow row : employees) {
            deduction = deduction.add(row.deduction());
            benefit = benefit.add(row.benefit());
            notDeducted = notDeducted.add(row.notDeducted());
            anyPreliminary |= !"FINAL".equals(row.status());
        }
        MonthStatus status = employees.isEmpty() ? MonthStatus.NONE : anyPreliminary ? MonthStatus.PRELIMINARY : MonthStatus.FINAL;
        return new MonthView(month, status, inputs.deadline(scope.companyId(), month),
                new Totals(deduction, benefit, notDeducted, employees.size()), employees);
    }

    /** Empty when the employee is not the company's or not in the user's scope. */
    Optional<EmployeeView> employee(AccessScope scope, YearMonth month, long employeeId) {
        return query.employee(scope, month, employeeId).map(employee -> new EmployeeView(month, employee,
                inputs.deadline(scope.companyId(), month),
                employee.status() == null ? List.of()
                        : query.lines(scope.companyId(), month, employeeId).getOrDefault(employeeId, List.of())));
    }

    /** Every line of the month's results, by employee (for the Excel export). */
    java.util.Map<Long, List<LineView>> lines(AccessScope scope, YearMonth month) {
        return query.lines(scope.companyId(), month, null);
    }

    /** Why a payroll file cannot be written. */
    public enum Refusal {
        /** The month has preliminary results: only final ones go to payroll. */
        NOT_FINAL,
        /** Employees with something to pay or be taxed for lack an employee number. */
        EMPLOYEE_NUMBERS_MISSING,
        /** The company has not set the pay type (lønnsart) of deductions. */
        DEDUCTION_PAY_TYPE_MISSING,
        /** The company has not set the pay type (lønnsart) of benefits. */
        BENEFIT_PAY_TYPE_MISSING,
        /** Employees' numbers or pay types do not fit the chosen format (e.g. Visma Lønn takes digits only). */
        NUMBERS_UNFIT_FOR_FORMAT
    }

    /** The payroll file, or why not (with the employees to fix when numbers are missing). */
    public record Payroll(String fileName, byte[] content, Refusal refusal, LocalDate finalFrom,
            List<EmployeeRow> lackingNumbers) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The lines a payroll file of the month holds, or why there can be none yet. */
    record PayrollPlan(Refusal refusal, LocalDate finalFrom, List<EmployeeRow> lackingNumbers, List<PayrollLine> lines) {
    }

    /**
     * The month's payroll file in a format: a deduction line (the employee's own pay type, else the
     * company's) and a benefit line per employee, from final results only. A month without results
     * whose deadline has passed gives a file without lines.
     */
    Payroll payroll(AccessScope scope, YearMonth month, PayrollFormat format) {
        PayrollPlan plan = plan(scope, month);
        if (plan.refusal() != null) {
            return new Payroll(null, null, plan.refusal(), plan.finalFrom(), plan.lackingNumbers());
        }
        try {
            return new Payroll(PayrollFiles.fileName(format, month), PayrollFiles.write(format, plan.lines()), null,
                    plan.finalFrom(), List.of());
        } catch (IllegalArgumentException unfit) { // the writer refuses rather than write a line wrong: name whom to fix
            return new Payroll(null, null, Refusal.NUMBERS_UNFIT_FOR_FORMAT, plan.finalFrom(),
                    unfit(format, plan.lines(), month(scope, month).employees()));
        }
    }

    /** The employees whose lines the format cannot hold as they are. */
    private static List<EmployeeRow> unfit(PayrollFormat format, List<PayrollLine> lines, List<EmployeeRow> employees) {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (PayrollLine line : lines) {
            try {
                PayrollFiles.write(format, List.of(line));
            } catch (IllegalArgumentException e) {
                numbers.add(line.employeeNumber());
            }
        }
        return employees.stream().filter(row -> numbers.contains(row.employeeNumber())).toList();
    }

    PayrollPlan plan(AccessScope scope, YearMonth month) {
        MonthView view = month(scope, month);
        LocalDate finalFrom = view.deadline().plusDays(1);
        if (view.status() == MonthStatus.PRELIMINARY
                || view.status() == MonthStatus.NONE && Oslo.today(clock).isBefore(finalFrom)) {
            return new PayrollPlan(Refusal.NOT_FINAL, finalFrom, List.of(), List.of());
        }
        List<EmployeeRow> paid = view.employees().stream()
                .filter(row -> row.deduction().signum() != 0 || row.benefit().signum() != 0).toList();
        List<EmployeeRow> lacking = paid.stream()
                .filter(row -> row.employeeNumber() == null || row.employeeNumber().isBlank()).toList();
        if (!lacking.isEmpty()) {
            return new PayrollPlan(Refusal.EMPLOYEE_NUMBERS_MISSING, finalFrom, lacking, List.of());
        }
        // the pay types of today, not those in force for M: they are codes of the payroll system the file is
        // imported into now (who pays is decided by the rules in force for M, and the amounts already are)
        CostSharingSettings settings = rules.latestSettings(scope.companyId());
        String text = MONTH_NAME.format(month);
        List<PayrollLine> lines = new ArrayList<>();
        for (EmployeeRow row : paid) {
            if (row.deduction().signum() != 0) {
                String payType = row.payType() != null && !row.payType().isBlank() ? row.payType() : settings.deductionPayType();
                if (payType == null) {
                    return new PayrollPlan(Refusal.DEDUCTION_PAY_TYPE_MISSING, finalFrom, List.of(), List.of());
                }
                lines.add(new PayrollLine(row.employeeNumber(), row.name(), payType, row.deduction(), month,
                        "Lønnstrekk mobil " + text));
            }
            if (row.benefit().signum() != 0) {
                if (settings.benefitPayType() == null) {
                    return new PayrollPlan(Refusal.BENEFIT_PAY_TYPE_MISSING, finalFrom, List.of(), List.of());
                }
                lines.add(new PayrollLine(row.employeeNumber(), row.name(), settings.benefitPayType(), row.benefit(), month,
                        "Skattepliktig fordel mobil " + text));
            }
        }
        return new PayrollPlan(null, finalFrom, List.of(), lines);
    }

    /** A line's rule in words; a correction names the month it corrects. */
    public static String ruleWords(PageContext page, Results.LineView line) {
        String rule = line.rule() == null ? line.kind().name() : line.rule();
        String words = line.kind() == ResultLine.Kind.EXTRA_PACKAGE
                ? page.t("invoiceControl.results.rule.extraPackage", rule)
                : page.message("invoiceControl.results.rule." + rule, rule);
        if (line.correctsMonth() != null) {
            words = words + " (" + page.t("invoiceControl.results.detail.corrects", page.month(line.correctsMonth())) + ")";
        }
        return words;
    }
}
