package no.bedriftsportal.costsharing;

import java.time.YearMonth;

/** A content purchase of an employee's usage month was classified: its result is computed again. */
record ContentClassified(long companyId, long employeeId, YearMonth month) {
}
