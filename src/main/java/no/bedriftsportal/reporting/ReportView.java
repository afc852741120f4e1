package no.bedriftsportal.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The report page's model (R4): the request as the form shows it, the page of rows (or the error
 * that stopped it), the choices of the filter and the links that keep the state in the URL.
 *
 * @param result     the page of rows, null when the request could not be run ({@code errorField} says why)
 * @param errorField the form field a refused request names, null when it ran
 * @param error      the message for that field
 */
public record ReportView(ReportKind kind, ReportRequest request, ReportPage result, List<ReportChoices.Account> accounts,
        List<CoveredInvoice> invoices, LocalDate from, LocalDate to, String errorField, String error) {

    public static final int PAGE_SIZE = 50;

    public String path() {
        return "/reports/" + kind.code();
    }

    public String href() {
        return path() + "?" + request.query();
    }

    public String fileHref(ReportFormat format) {
        return path() + "." + format.extension() + "?" + request.query();
    }

    /** The header link that sorts by {@code column}: ascending first, then the other way. */
    public String sortHref(ReportColumn column) {
        boolean current = column.key().equals(request.sort());
        return path() + "?" + request.sortedBy(column.key(), current ? !request.descending() : column.numeric()).query();
    }

    public String sortState(ReportColumn column) {
        return column.key().equals(request.sort()) ? (request.descending() ? "descending" : "ascending") : null;
    }

    public String pageHref(int number) {
        return href() + "&page=" + number;
    }

    public String levelHref(ReportLevel level) {
        return path() + "?" + request.atLevel(level).query();
    }

    public List<PeriodPreset> presets() {
        return java.util.Arrays.stream(PeriodPreset.values())
                .filter(p -> p.invoicePeriod() ? kind.readsInvoicePeriods() : kind.readsTimePeriods()).toList();
    }

    public boolean invoiceChosen(CoveredInvoice invoice) {
        return request.period().invoices().contains(invoice.number());
    }

    public boolean accountChosen(ReportChoices.Account account) {
        return request.filter().customerAccounts().contains(account.id());
    }

    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    /** A cell as the page shows it, in the reader's language and the Norwegian formats. */
    public static String cell(PageContext page, ReportColumn column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> column.valuesKey() != null ? page.t(column.valuesKey() + value) : value.toString();
            case INTEGER, COUNT -> page.integer(((Number) value).longValue());
            case MONEY -> page.money((BigDecimal) value);
            case DECIMAL -> NorwegianFormat.decimal((BigDecimal) value);
            case DURATION -> page.duration(((Number) value).longValue());
            case PERCENT -> value + " %";
            case DATE -> page.date((LocalDate) value);
            case DATE_TIME -> page.dateTime((Instant) value);
        };
    }
}
