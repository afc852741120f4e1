package no.bedriftsportal.billing;

import java.time.YearMonth;

/**
 * Which invoices to list: by customer number, status and the months they were issued in; null
 * fields do not filter. The archive reaches back 36 months.
 */
public record InvoiceFilter(Long customerAccountId, InvoiceStatus status, YearMonth issuedFrom, YearMonth issuedTo) {

    public static final int ARCHIVE_MONTHS = 36;

    public static InvoiceFilter all() {
        return new InvoiceFilter(null, null, null, null);
    }
}
