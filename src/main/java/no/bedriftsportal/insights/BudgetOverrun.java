package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A budget whose forecast passes it (X3): for the alert that tells the administrators (#18.2 wires it) and the
 * dashboard's "Krever handling". NOK excl. VAT.
 *
 * @param target   the department, or the user within it
 * @param forecast the forecast at month end
 * @param high     the upper end of the forecast's interval
 */
public record BudgetOverrun(YearMonth month, BudgetTarget target, BigDecimal budget, BigDecimal actual, BigDecimal forecast,
        BigDecimal high) {
}
