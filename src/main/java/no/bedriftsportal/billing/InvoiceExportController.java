package no.bedriftsportal.billing;

import java.time.YearMonth;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The invoice archive as filtered, every page, as an Excel or CSV file: the same parameters as the
 * list (its sort too, not its page), the same scope, the same totals. Each download is in the audit
 * log with the filter it was made with.
 */
@Controller
class InvoiceExportController {

    private final Invoices invoices;
    private final Companies companies;
    private final AuditTrail audit;

    InvoiceExportController(Invoices invoices, Companies companies, AuditTrail audit) {
        this.invoices = invoices;
        this.companies = companies;
        this.audit = audit;
    }

    @GetMapping(InvoiceRoutes.EXCEL)
    void excel(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, HttpServletResponse response,
            @RequestParam(required = false) String customerNumber, @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(name = "q", required = false) String search, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        InvoiceArchiveExport.excel(response, page, selection(me, Download.INVOICE_LIST_EXCEL,
                query(me, customerNumber, status, from, to, search, sort, dir)));
    }

    @GetMapping(InvoiceRoutes.CSV)
    void csv(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, HttpServletResponse response,
            @RequestParam(required = false) String customerNumber, @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(name = "q", required = false) String search, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        InvoiceArchiveExport.csv(response, page, selection(me, Download.INVOICE_LIST_CSV,
                query(me, customerNumber, status, from, to, search, sort, dir)));
    }

    /** Every page of the selection, its download written to the audit log. */
    private InvoiceArchivePage selection(PortalPrincipal me, Download kind, InvoiceArchiveQuery query) {
        InvoiceArchivePage archive = invoices.archiveAll(me.scope(), query);
        audit.downloaded(kind, query.description());
        return archive;
    }

    private InvoiceArchiveQuery query(PortalPrincipal me, String customerNumber, InvoiceStatus status, YearMonth from,
            YearMonth to, String search, String sort, String dir) {
        Long accountId = InvoicesController.accountId(companies.customerAccounts(me.scope()), customerNumber);
        return InvoiceArchiveQuery.of(customerNumber, new InvoiceFilter(accountId, status, from, to), search, sort, dir, null, null);
    }
}
