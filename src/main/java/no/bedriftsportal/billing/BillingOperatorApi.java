package no.bedriftsportal.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.web.ProblemResponse;

/** The operator's billing: invoice runs, invoices and their documents, credit notes, payments. */
@RestController
@Tag(name = "Billing", description = "Invoice runs, invoices, credit notes and payments")
class BillingOperatorApi {

    private static final String PAYMENT_FILES = "/api/operator/payment-files";

    private final RunInvoices runInvoices;
    private final Invoices invoices;
    private final CreditInvoice creditInvoice;
    private final ImportPayments payments;
    private final Companies companies;

    BillingOperatorApi(RunInvoices runInvoices, Invoices invoices, CreditInvoice creditInvoice, ImportPayments payments,
            Companies companies) {
        this.runInvoices = runInvoices;
        this.invoices = invoices;
        this.creditInvoice = creditInvoice;
        this.payments = payments;
        this.companies = companies;
    }

    @PostMapping("/api/operator/invoice-runs")
    @Operation(summary = "Invoice a month (e.g. \"2026-10\") that has ended; running it again changes nothing")
    ResponseEntity<InvoiceRunSummary> run(@Valid @RequestBody RunRequest request) {
        YearMonth month;
        try {
            month = YearMonth.parse(request.month());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("month", "invoiceRun.month.invalid", "month must be written yyyy-MM, e.g. 2026-10");
        }
        InvoiceRunSummary summary = runInvoices.run(month);
        return ResponseEntity.status(summary.alreadyRun() ? HttpStatus.OK : HttpStatus.CREATED).body(summary);
    }

    @GetMapping("/api/operator/invoice-runs")
    @Operation(summary = "The invoice runs, the latest first")
    List<InvoiceRunSummary> runs() {
        return runInvoices.runs();
    }

    @GetMapping("/api/operator/companies/{orgNumber}/invoices")
    @Operation(summary = "A company's invoices and credit notes of the last 36 months, with status and what remains to pay")
    List<InvoiceSummary> companyInvoices(@PathVariable String orgNumber) {
        return invoices.list(AccessScope.wholeCompany(companies.get(orgNumber).id()), InvoiceFilter.all());
    }

    @GetMapping("/api/operator/invoices/{number}")
    @Operation(summary = "One invoice or credit note with its lines per subscription, totals and payments")
    InvoiceDetail invoice(@PathVariable long number) {
        return invoices.detail(row(number));
    }

    @GetMapping("/api/operator/invoices/{number}/pdf")
    @Operation(summary = "The invoice as PDF")
    ResponseEntity<byte[]> pdf(@PathVariable long number) {
        return InvoiceFiles.pdf(number, invoices.document(row(number), "PDF"));
    }

    @GetMapping("/api/operator/invoices/{number}/ehf")
    @Operation(summary = "The invoice as EHF (PEPPOL BIS Billing 3.0 UBL)")
    ResponseEntity<byte[]> ehf(@PathVariable long number) {
        return InvoiceFiles.ehf(number, invoices.document(row(number), "EHF"));
    }

    @PostMapping("/api/operator/invoices/{number}/credit-notes")
    @Operation(summary = "Credit the whole invoice with a credit note from the same number series")
    ResponseEntity<InvoiceSummary> credit(@PathVariable long number, @Valid @RequestBody CreditRequest request) {
        InvoiceSummary creditNote = creditInvoice.credit(number, request.reason());
        return ResponseEntity.created(URI.create("/api/operator/invoices/" + creditNote.number())).body(creditNote);
    }

    @PostMapping("/api/operator/invoices/{number}/payments")
    @Operation(summary = "Register a payment by hand (for an unmatched OCR payment, give its transactionKey as reference)")
    InvoiceSummary pay(@PathVariable long number, @Valid @RequestBody PaymentRequest request) {
        return payments.register(number, request.amount(), request.paidOn(), request.reference());
    }

    @PostMapping(value = "/api/operator/payment-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the bank's OCR giro file (form field 'file'): each payment applied to the invoice with its KID, "
            + "or kept as unmatched with the reason (no invoice has the KID; paid to another account than the seller's); "
            + "transactions = applied + unmatched + refused, in count and amount. A file that does not read or reconcile, or "
            + "reuses a transmission number with other content, is refused whole (422, kept in the ledger); the same file "
            + "again changes nothing (200)")
    ResponseEntity<OcrImportSummary> importOcr(@RequestParam("file") MultipartFile file) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("ocr-upload-", ".tmp");
            file.transferTo(temporary.toFile()); // moves the part Tomcat wrote to disk, rather than copying it
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "ocr"
                    : Path.of(file.getOriginalFilename()).getFileName().toString();
            OcrImportSummary summary = payments.importFile(temporary, name, "UPLOAD");
            return ResponseEntity.status(summary.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED)
                    .location(URI.create(PAYMENT_FILES + "/" + summary.id())).body(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                temporary.toFile().delete();
            }
        }
    }

    /** A refused file is in the ledger: 422 (as a refused CDR file), the problem says why and points to it. */
    @ExceptionHandler(OcrFileRefused.class)
    ResponseEntity<ProblemDetail> refused(OcrFileRefused e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://bedriftsportal.no/problems/payment-file-refused"));
        problem.setTitle("Payment file refused");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        problem.setProperty("paymentFile", e.summary());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).location(URI.create(PAYMENT_FILES + "/" + e.summary().id()))
                .body(ProblemResponse.withCorrelationId(problem, request));
    }

    @GetMapping(PAYMENT_FILES)
    @Operation(summary = "The OCR files, the latest first, imported and refused, each with its figures")
    List<OcrImportSummary> paymentFiles() {
        return payments.files();
    }

    @GetMapping(PAYMENT_FILES + "/{id}")
    @Operation(summary = "One OCR file with each payment: KID, amount, date, and what became of it and why")
    OcrFileDetail paymentFile(@PathVariable long id) {
        return payments.file(id).orElseThrow(() -> new NotFoundException("payment file " + id));
    }

    @GetMapping("/api/operator/unmatched-payments")
    @Operation(summary = "OCR payments kept for manual handling, with the reason; register one with its transactionKey as reference")
    List<ImportPayments.UnmatchedPayment> unmatched() {
        return payments.unmatched();
    }

    private InvoiceRepository.Row row(long number) {
        return invoices.byNumber(number).orElseThrow(() -> new NotFoundException("invoice " + number));
    }

    record RunRequest(@NotBlank @Size(max = 7) @Schema(example = "2026-10") String month) {
    }

    record CreditRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record PaymentRequest(@NotNull BigDecimal amount, LocalDate paidOn, @Size(max = 100) String reference) {
    }
}
