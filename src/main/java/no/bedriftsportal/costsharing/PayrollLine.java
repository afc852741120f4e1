package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a payroll file: a deduction or a benefit of one employee for one usage month.
 *
 * @param payType the pay type (lønnsart): the company's for deductions or benefits (an employee's own
 *                pay type, when set, for deductions)
 * @param amount  NOK, positive for what the line says (a correction may be negative)
 * @param text    what it is, e.g. "Lønnstrekk mobil mars 2026"
 */
public record PayrollLine(String employeeNumber, String employeeName, String payType, BigDecimal amount, YearMonth period,
        String text) {
}
