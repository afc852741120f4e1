package no.bedriftsportal.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.Sha256;

/**
 * Payments in (B1): the bank's OCR giro files, matched to invoices by KID, and payments registered
 * by hand. Every kroner of a file is accounted for in the ledger ({@link OcrLedger}): each payment
 * is applied to an invoice, or kept as unmatched with the reason (no invoice has its KID; it was
 * paid to an account that is not the seller's), or refused with its file. A file is refused whole,
 * and the refusal kept, when it does not read or reconcile, or when its transmission number was
 * imported before with other content; only the same file byte for byte is "already imported".
 */
@Component
public class ImportPayments {

    private final OcrLedger ledger;
    private final InvoiceRepository invoices;
    private final BillingProperties properties;
    private final Clock clock;

    ImportPayments(OcrLedger ledger, InvoiceRepository invoices, BillingProperties properties, Clock clock) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Imports a file, or finds it imported (or refused) before if it is the same byte for byte.
     *
     * @param source SPOOL, UPLOAD or DEMO
     * @throws OcrFileRefused when the file is refused whole; the refusal is in the ledger by then
     */
    @Transactional(noRollbackFor = OcrFileRefused.class)
    public OcrImportSummary importFile(Path file, String name, String source) {
        String sha256 = Sha256.of(file);
        ledger.lock();
        Optional<OcrImportSummary> before = ledger.bySha256(sha256);
        if (before.isPresent()) {
            return before.get().again();
        }
        Instant receivedAt = clock.instant();
        OcrGiroFile ocr;
        try (InputStream in = Files.newInputStream(file)) {
            ocr = OcrGiroParser.parse(in);
        } catch (OcrFileRejected e) {
            OcrStatement statement = OcrStatement.of(file);
            long id = ledger.insertFile(sha256, name, source, receivedAt, statement.transmissionNumber(), OcrFileStatus.REFUSED,
                    "line " + e.lineNumber() + ": " + e.reason(), OcrFigures.refusedWhole(statement.transactions(), statement.total()));
            throw refused(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<OcrImportSummary> sameTransmission = ledger.importedTransmission(ocr.transmissionNumber());
        if (sameTransmission.isPresent()) {
            return refuseReusedTransmission(ocr, sameTransmission.get(), sha256, name, source, receivedAt);
        }
        long fileId = ledger.insertFile(sha256, name, source, receivedAt, ocr.transmissionNumber(), OcrFileStatus.IMPORTED, null,
                OcrFigures.NONE);
        OcrFigures figures = OcrFigures.NONE;
        for (OcrAssignment assignment : ocr.assignments()) {
            for (OcrPayment payment : assignment.payments()) {
                figures = figures.plus(take(fileId, key(ocr, assignment, payment), assignment, payment), payment.amount());
            }
        }
        ledger.updateFigures(fileId, figures);
        return ledger.find(fileId).orElseThrow();
    }

    /**
     * Registers a payment by hand against an invoice. When the reference is the key of an unmatched
     * OCR payment, that payment is applied: same amount, its date unless another is given, and its
     * file's figures move it from unmatched to applied (the file's total stays what it was).
     */
    @Transactional
    public InvoiceSummary register(long invoiceNumber, BigDecimal amount, LocalDate paidOn, String reference) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidInputException("amount", "payment.amount.invalid", "amount must be positive, in NOK with øre");
        }
        InvoiceRepository.Row invoice = invoices.findByNumber(invoiceNumber)
                .filter(row -> row.type() == DocumentType.INVOICE)
                .orElseThrow(() -> new NotFoundException("invoice " + invoiceNumber));
        String key = reference == null || reference.isBlank() ? null : reference.strip();
        Optional<OcrLedger.Taken> ocr = key == null ? Optional.empty() : ledger.takenForUpdate(key);
        if (ocr.isPresent()) {
            checkUnmatched(ocr.get(), amount);
            paidOn = paidOn == null ? ocr.get().paidOn() : paidOn;
        }
        String ref = "MANUAL:" + (key == null ? UUID.randomUUID() : key);
        if (!invoices.insertPayment(invoice.companyId(), invoice.id(), amount, paidOn == null ? today() : paidOn, "MANUAL", ref)) {
            throw new ConflictException("reference", "payment.reference.taken", "a payment with reference " + reference
                    + " is registered already");
        }
        if (ocr.isPresent()) {
            OcrLedger.Taken payment = ocr.get();
            OcrFigures figures = ledger.figuresForUpdate(payment.fileId());
            ledger.markApplied(payment, invoice.companyId(), invoice.id(), "applied by hand to invoice " + invoiceNumber);
            ledger.updateFigures(payment.fileId(), figures.unmatchedApplied(payment.amount()));
        }
        return invoices.findByNumber(invoiceNumber).orElseThrow().summary(today());
    }

    /** The files, the latest first: imported and refused. */
    public List<OcrImportSummary> files() {
        return ledger.files();
    }

    /** A file with each of its payments and what became of it. */
    public Optional<OcrFileDetail> file(long id) {
        return ledger.find(id).map(summary -> new OcrFileDetail(summary, ledger.transactions(id)));
    }

    /** OCR payments kept for manual handling. */
    public List<UnmatchedPayment> unmatched() {
        return ledger.unmatched();
    }

    /**
     * A payment the bank reported that was not applied. Register it by hand with its key as reference.
     *
     * @param assignmentAccount the account it was paid to (null for files imported before V15)
     * @param reason            why it was not applied, e.g. "unmatched: no invoice has this KID"
     */
    public record UnmatchedPayment(String transactionKey, String kid, BigDecimal amount, LocalDate paidOn, String debitAccount,
            String fileName, String assignmentAccount, String reason) {
    }

    /** Applied to the invoice with its KID, or kept as unmatched with the reason. */
    private OcrTransactionStatus take(long fileId, String key, OcrAssignment assignment, OcrPayment payment) {
        if (!sameAccount(assignment.assignmentAccount(), properties.bankAccount())) {
            ledger.insertTransaction(fileId, key, assignment, payment, OcrTransactionStatus.UNMATCHED, null,
                    "unmatched: paid to account " + readableAccount(assignment.assignmentAccount()) + ", not the seller's account "
                            + readableAccount(properties.bankAccount()));
            return OcrTransactionStatus.UNMATCHED;
        }
        Optional<InvoiceRepository.Row> invoice = payment.kid().isEmpty() ? Optional.empty() : invoices.findByKid(payment.kid());
        if (invoice.isEmpty()) {
            ledger.insertTransaction(fileId, key, assignment, payment, OcrTransactionStatus.UNMATCHED, null,
                    payment.kid().isEmpty() ? "unmatched: the payment has no KID" : "unmatched: no invoice has this KID");
            return OcrTransactionStatus.UNMATCHED;
        }
        InvoiceRepository.Row row = invoice.get();
        if (!invoices.insertPayment(row.companyId(), row.id(), payment.amount(), payment.paymentDate(), "OCR", key)) {
            throw new IllegalStateException("payment " + key + " is registered already: the transmission check should have refused it");
        }
        ledger.insertTransaction(fileId, key, assignment, payment, OcrTransactionStatus.APPLIED, row,
                "applied to invoice " + row.number());
        return OcrTransactionStatus.APPLIED;
    }

    /**
     * The same transmission number with other content: not a repeat (that would be the same bytes)
     * but another file, or a changed one. Taking it could pay an invoice twice; dropping its payments
     * would lose them. It is refused whole, and each payment kept as refused for the operator to see.
     */
    private OcrImportSummary refuseReusedTransmission(OcrGiroFile ocr, OcrImportSummary earlier, String sha256, String name,
            String source, Instant receivedAt) {
        String reason = "transmission number " + ocr.transmissionNumber() + " was imported before with other content (payment file "
                + earlier.id() + ", " + earlier.name() + "); only the same file again is a repeat";
        BigDecimal total = ocr.payments().stream().map(OcrPayment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        long fileId = ledger.insertFile(sha256, name, source, receivedAt, ocr.transmissionNumber(), OcrFileStatus.REFUSED, reason,
                OcrFigures.refusedWhole(ocr.payments().size(), total));
        for (OcrAssignment assignment : ocr.assignments()) {
            for (OcrPayment payment : assignment.payments()) {
                ledger.insertTransaction(fileId, key(ocr, assignment, payment), assignment, payment, OcrTransactionStatus.REFUSED,
                        null, "refused: " + reason);
            }
        }
        throw refused(fileId);
    }

    private OcrFileRefused refused(long fileId) {
        return new OcrFileRefused(ledger.find(fileId).orElseThrow());
    }

    private static void checkUnmatched(OcrLedger.Taken payment, BigDecimal amount) {
        if (payment.status() == OcrTransactionStatus.APPLIED) {
            throw new ConflictException("reference", "payment.ocr.applied", "the OCR payment " + payment.key()
                    + " is applied to invoice " + payment.invoiceNumber() + " already");
        }
        if (amount.compareTo(payment.amount()) != 0) {
            throw new InvalidInputException("amount", "payment.ocr.amount", "amount must be the OCR payment's " + payment.amount()
                    + ": the whole payment is applied, or none of it");
        }
    }

    private static String key(OcrGiroFile ocr, OcrAssignment assignment, OcrPayment payment) {
        return ocr.transmissionNumber() + ":" + assignment.assignmentNumber() + ":" + payment.transactionNumber();
    }

    /** Digits only: the configured account may be written 1503.28.12349. */
    private static boolean sameAccount(String one, String other) {
        return digits(one).equals(digits(other));
    }

    private static String digits(String account) {
        return account.replaceAll("\\D", "");
    }

    private static String readableAccount(String account) {
        String digits = digits(account);
        return digits.length() == 11 ? NorwegianFormat.bankAccount(digits) : account;
    }

    private LocalDate today() {
        return Oslo.today(clock);
    }
}
