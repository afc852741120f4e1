package no.bedriftsportal.billing;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.web.Htmx;

/**
 * Faktura: the invoice archive of the customer numbers the user is granted, filtered by customer
 * number, status and months (F1), and each invoice with its summary per subscription, PDF and EHF
 * (F2, F3). The list pages, sorts and sums in the database and keeps all of it in the URL
 * ({@link InvoiceArchiveQuery}); its exports are {@link InvoiceExportController}'s. The URL rule
 * admits users with the invoices module; every query takes the user's scope, so another
 * company's invoice, or one of a customer number not granted, is not found.
 * Each PDF and EHF download is in the audit log.
 */
@Controller
@RequestMapping(InvoiceRoutes.LIST)
class InvoicesController {

    /** Up to this many subscriptions the invoice page shows every one's lines open; beyond, closed. */
    static final int OPEN_SUBSCRIPTIONS_UP_TO = 10;

    private final Invoices invoices;
    private final Companies companies;
    private final Clock clock;
    private final AuditTrail audit;

    InvoicesController(Invoices invoices, Companies companies, Clock clock, AuditTrail audit) {
        this.invoices = invoices;
        this.companies = companies;
        this.clock = clock;
        this.audit = audit;
    }

    /** The whole page, or only the results when htmx applies the filter, search, sort or page. */
    @GetMapping
    String list(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) InvoiceStatus status, @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to, @RequestParam(name = "q", required = false) String search,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(name = "page", required = false) Integer pageNumber, @RequestParam(required = false) Integer size,
            HttpServletRequest request, Model model) {
        List<CustomerAccount> accounts = companies.customerAccounts(me.scope());
        InvoiceArchiveQuery query = InvoiceArchiveQuery.of(customerNumber,
                new InvoiceFilter(accountId(accounts, customerNumber), status, from, to), search, sort, dir, pageNumber, size);
        model.addAttribute("archive", invoices.archive(me.scope(), query));
        model.addAttribute("accounts", accounts);
        model.addAttribute("months", archiveMonths());
        return Htmx.view(request, "billing/invoice-list", "billing/invoice-results");
    }

    @GetMapping("/{id}")
    String invoice(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id, Model model) {
        InvoiceDetail invoice = invoices.detail(me.scope(), id).orElseThrow(() -> notFound(id));
        model.addAttribute("invoice", invoice);
        model.addAttribute("subscriptionsOpen", invoice.subscriptions().size() <= OPEN_SUBSCRIPTIONS_UP_TO);
        return "billing/invoice";
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id) {
        InvoiceSummary invoice = invoices.summary(me.scope(), id).orElseThrow(() -> notFound(id));
        byte[] pdf = invoices.pdf(me.scope(), id).orElseThrow(() -> notFound(id));
        audit.downloaded(Download.INVOICE_PDF, String.valueOf(invoice.number()));
        return InvoiceFiles.pdf(invoice.number(), pdf);
    }

    @GetMapping("/{id}/ehf")
    ResponseEntity<byte[]> ehf(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long id) {
        InvoiceSummary invoice = invoices.summary(me.scope(), id).orElseThrow(() -> notFound(id));
        byte[] ehf = invoices.ehf(me.scope(), id).orElseThrow(() -> notFound(id));
        audit.downloaded(Download.INVOICE_EHF, String.valueOf(invoice.number()));
        return InvoiceFiles.ehf(invoice.number(), ehf);
    }

    private static NotFoundException notFound(long invoiceId) {
        return new NotFoundException("invoice " + invoiceId);
    }

    /** The account of a customer number among the user's; 404 for one the user is not granted. */
    static Long accountId(List<CustomerAccount> accounts, String customerNumber) {
        if (customerNumber == null || customerNumber.isBlank()) {
            return null;
        }
        return accounts.stream().filter(account -> account.number().equals(customerNumber.strip())).map(CustomerAccount::id)
                .findFirst().orElseThrow(() -> new NotFoundException("customer number " + customerNumber));
    }

    /** The months of the archive, newest first: the choices of the from and to filters. */
    private List<YearMonth> archiveMonths() {
        YearMonth now = YearMonth.from(Oslo.today(clock));
        return IntStream.rangeClosed(0, InvoiceFilter.ARCHIVE_MONTHS).mapToObj(now::minusMonths).toList();
    }
}
