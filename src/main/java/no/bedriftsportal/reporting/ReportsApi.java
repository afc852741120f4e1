package no.bedriftsportal.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.ApiMoney;

/**
 * The company API's reports (#16.7, scope {@code reports:read}): the catalogue, a report's rows
 * (paged, with totals over all rows and the invoices it covers) and its files, through the same
 * {@link ReportRun} as the pages, with the token's customer numbers. A report takes the page's
 * query parameters: {@code level}, {@code period} (and {@code from}/{@code to} or {@code invoice}),
 * {@code account}, {@code productGroup}, {@code user}, {@code sim}, {@code sort}, {@code order}.
 */
@RestController
@Tag(name = "Reports", description = "The report catalogue, each report's rows and its Excel, CSV and PDF files")
class ReportsApi {

    static final String PATH = "/api/v1/reports";

    private final ReportRun run;
    private final ReportFiles files;
    private final ReportLabels labels;

    ReportsApi(ReportRun run, ReportFiles files, ReportLabels labels) {
        this.run = run;
        this.files = files;
        this.labels = labels;
    }

    @GetMapping(PATH)
    @Operation(summary = "The catalogue: every report with its group, title, one-sentence description, default level and "
            + "the periods it reads (time: from–to days, from the rollups; invoice: chosen invoices' lines)")
    List<CatalogueEntry> catalogue() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(ReportKind.values()).map(kind -> new CatalogueEntry(kind.code(), kind.group().name(),
                labels.title(kind, locale), labels.t("reports.kind." + kind.code() + ".description", locale),
                kind.defaultLevel().code(), kind.readsTimePeriods(), kind.readsInvoicePeriods())).toList();
    }

    @GetMapping(PATH + "/{code}")
    @Operation(summary = "A page of a report's rows, each an object keyed by column, with the totals of the summed columns "
            + "over all rows, the period made concrete and the invoices it covers (with their own totals). Parameters as "
            + "the portal's report page: level (department, user), period (time with from and to yyyy-MM-dd, invoice with "
            + "invoice (an invoice number, repeated), this-month, last-month, last-3-months, this-year, last-12-months, last-invoices), "
            + "account (customer account id, repeated), productGroup (MOBILE, BROADBAND), user (name or number), sim (ICCID "
            + "or part of it), sort (a column key) and order (asc, desc)")
    ReportJson report(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The report, as the catalogue names it", example = "cost-per-user") @PathVariable String code,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query,
            @Parameter(description = "1-based page") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Rows per page (at most 500)") @RequestParam(required = false) Integer limit) {
        Locale locale = LocaleContextHolder.getLocale();
        ReportRequest request = ReportRequest.parse(ReportsController.kind(code), query);
        ReportPage result = run.page(client.scope(), request, page, ApiLimit.of(limit), locale);
        List<ReportColumn> columns = result.report().columns();
        List<ColumnJson> columnJson = columns.stream()
                .map(c -> new ColumnJson(c.key(), labels.header(c, locale), c.kind().name(), c.summed())).toList();
        List<Map<String, Object>> rows = result.rows().stream().map(row -> json(columns, row, locale)).toList();
        ResolvedPeriod period = result.report().period();
        return new ReportJson(code, request.level().code(), request.query(), period.preset().code(), period.from(), period.to(),
                period.invoices().stream().map(InvoiceJson::of).toList(), columnJson, rows,
                json(columns, result.totals(), locale), result.rowCount(), result.page(), result.pages());
    }

    @GetMapping(PATH + "/{code}.xlsx")
    @Operation(summary = "The report as Excel: typed cells, a filter and frozen header, totals, a sheet about the report and "
            + "one with the invoices it covers")
    void excel(@AuthenticationPrincipal ApiClient client, @PathVariable String code,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query, HttpServletResponse response) {
        file(client, code, query, ReportFormat.EXCEL, response);
    }

    @GetMapping(PATH + "/{code}.csv")
    @Operation(summary = "The report as CSV the way a Norwegian Excel opens it: UTF-8 with BOM, semicolons, decimal comma")
    void csv(@AuthenticationPrincipal ApiClient client, @PathVariable String code,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query, HttpServletResponse response) {
        file(client, code, query, ReportFormat.CSV, response);
    }

    @GetMapping(PATH + "/{code}.pdf")
    @Operation(summary = "The report as a simplified PDF: A4, landscape when its columns need it, a heading with company, "
            + "period and selection, page numbers")
    void pdf(@AuthenticationPrincipal ApiClient client, @PathVariable String code,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query, HttpServletResponse response) {
        file(client, code, query, ReportFormat.PDF, response);
    }

    private void file(ApiClient client, String code, MultiValueMap<String, String> query, ReportFormat format,
            HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        ReportRun.PreparedFile file = run.file(client.scope(), ReportRequest.parse(ReportsController.kind(code), query), format,
                locale);
        ReportsController.send(response, file);
        try {
            files.write(client.scope(), file.report(), file.heading(), format, locale, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> json(List<ReportColumn> columns, Object[] values, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Object value = labels.cell(columns.get(i), values[i], locale);
            row.put(columns.get(i).key(), value instanceof BigDecimal amount ? ApiMoney.of(amount) : value);
        }
        return row;
    }

    /** A catalogue entry. */
    record CatalogueEntry(String code, @Schema(description = "TRAFFIC_TYPE, PER_NUMBER or RUNNING") String group, String title,
            String description, String defaultLevel, boolean timePeriods, boolean invoicePeriods) {
    }

    /** A column of the report: its key in the rows, its header, its type. */
    record ColumnJson(String key, String label,
            @Schema(description = "TEXT, INTEGER, COUNT, MONEY, DECIMAL, DURATION (seconds), PERCENT, DATE, DATE_TIME") String kind,
            boolean summed) {
    }

    /** An invoice the report reads, with its own totals. */
    record InvoiceJson(long id, long number, String type, String customerNumber, LocalDate issueDate, LocalDate periodStart,
            LocalDate periodEnd, String amountExclVat, String vat, String total) {

        static InvoiceJson of(CoveredInvoice invoice) {
            return new InvoiceJson(invoice.id(), invoice.number(), invoice.type(), invoice.customerNumber(), invoice.issueDate(),
                    invoice.periodStart(), invoice.periodEnd(), ApiMoney.of(invoice.amountExclVat()), ApiMoney.of(invoice.vat()),
                    ApiMoney.of(invoice.total()));
        }
    }

    /** A page of a report. */
    record ReportJson(String code, String level, @Schema(description = "The query that asks for this report again") String query,
            String period, LocalDate from, LocalDate to, List<InvoiceJson> invoices, List<ColumnJson> columns,
            List<Map<String, Object>> rows, @Schema(description = "Totals of the summed columns; null for others") Map<String, Object> totals,
            long rowCount, int page, int pages) {
    }
}
