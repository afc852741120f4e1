package no.bedriftsportal.billing;

import java.time.LocalDate;

/**
 * Which documents of the archive the company API lists: by customer account, status, the days
 * they were issued on and their number; null fields do not filter.
 */
public record InvoiceSelection(Long customerAccountId, InvoiceStatus status, LocalDate issuedFrom, LocalDate issuedTo,
        Long number) {

    /** Where a keyset page ends: the issue date and number of its last document (the archive's newest-first order). */
    public record Key(LocalDate issueDate, long number) {
    }
}
