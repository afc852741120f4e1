package no.bedriftsportal.billing;

import java.time.YearMonth;

/** A month's invoice run was made (published once, by the run that made it, and seen after its commit). */
public record InvoiceRunCompleted(YearMonth month) {
}
