package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.util.List;

/** The outcome of {@link EmployeeMonthCalculator}: the totals and the lines that make them. */
public record EmployeeMonthResult(BigDecimal deduction, BigDecimal benefit, BigDecimal notDeducted, List<ResultLine> lines) {

    public EmployeeMonthResult {
        lines = List.copyOf(lines);
    }
}
