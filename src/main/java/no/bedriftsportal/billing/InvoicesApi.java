package no.bedriftsportal.billing;

import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;

/**
 * The company API's invoices (#13.2, scope {@code invoices:read}): the archive newest first, paged
 * by a keyset in SQL; one invoice with its lines and payments; its PDF and EHF, the same bytes and
 * the same audit entries as the portal's downloads. Everything through {@link Invoices} with the
 * token's scope: an invoice of another company or of a customer number the token lacks is not found.
 */
@RestController
@Tag(name = "Invoices", description = "The company's invoices and credit notes, with lines, PDF and EHF")
class InvoicesApi {

    private static final String ID = InvoiceJson.PATH + "/{id:\\d+}";

    private final Invoices invoices;
    private final Companies companies;
    private final AuditTrail audit;

    InvoicesApi(Invoices invoices, Companies companies, AuditTrail audit) {
        this.invoices = invoices;
        this.companies = companies;
        this.audit = audit;
    }

    @GetMapping(InvoiceJson.PATH)
    @Operation(summary = "Invoices and credit notes of the last 36 months, newest first; filter by customerNumber, "
            + "status (new, overdue, paid, credited, credit_note), issue date from/to (yyyy-MM-dd) and number")
    CursorPage<InvoiceJson> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) String status, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String number,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 2);
        LocalDate issuedFrom = ApiBillingParameters.date("from", from);
        LocalDate issuedTo = ApiBillingParameters.date("to", to);
        ApiBillingParameters.inOrder(issuedFrom, issuedTo);
        InvoiceSelection selection = new InvoiceSelection(
                ApiBillingParameters.customerAccount(companies.customerAccounts(client.scope()), customerNumber),
                ApiBillingParameters.status(status), issuedFrom, issuedTo, ApiBillingParameters.number(number));
        InvoiceSelection.Key key = after == null ? null : new InvoiceSelection.Key(ApiBillingParameters.cursorDate(after), after.parseLong(1));
        return CursorPage.of(invoices.archiveAfter(client.scope(), selection, key, pageSize + 1).stream().map(InvoiceJson::of).toList(),
                pageSize, invoice -> Cursor.of(invoice.issueDate(), invoice.number()));
    }

    @GetMapping(ID)
    @Operation(summary = "One invoice or credit note with its lines, VAT totals and payments")
    InvoiceDetailJson invoice(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        return InvoiceDetailJson.of(invoices.detail(client.scope(), id).orElseThrow(() -> notFound(id)));
    }

    @GetMapping(ID + "/pdf")
    @Operation(summary = "The invoice as PDF, as it was first rendered")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        InvoiceSummary invoice = invoices.summary(client.scope(), id).orElseThrow(() -> notFound(id));
        byte[] pdf = invoices.pdf(client.scope(), id).orElseThrow(() -> notFound(id));
        audit.downloaded(Download.INVOICE_PDF, String.valueOf(invoice.number()));
        return InvoiceFiles.pdf(invoice.number(), pdf);
    }

    @GetMapping(ID + "/ehf")
    @Operation(summary = "The invoice as EHF (PEPPOL BIS Billing 3.0 UBL), as it was first written")
    ResponseEntity<byte[]> ehf(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        InvoiceSummary invoice = invoices.summary(client.scope(), id).orElseThrow(() -> notFound(id));
        byte[] ehf = invoices.ehf(client.scope(), id).orElseThrow(() -> notFound(id));
        audit.downloaded(Download.INVOICE_EHF, String.valueOf(invoice.number()));
        return InvoiceFiles.ehf(invoice.number(), ehf);
    }

    private static NotFoundException notFound(long invoiceId) {
        return new NotFoundException("invoice " + invoiceId);
    }
}
