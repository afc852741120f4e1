package no.bedriftsportal.billing;

import no.bedriftsportal.shared.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;

/**
 * Payments in (B1): the bank's OCR giro files, matched to invoices by KID, and payments registered
 * by hand. A file whose counts or totals do not reconcile is refused whole; the same file, or the
 * same transaction in another file, changes nothing; a payment whose KID no invoice has is kept
 * for manual handling.
 */
@Component
public class ImportPayments {

    private final JdbcClient jdbc;
    private final InvoiceRepository invoices;
    private final Clock clock;

    ImportPayments(JdbcClient jdbc, InvoiceRepository invoices, Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.clock = clock;
    }

    /** @param source SPOOL, UPLOAD or DEMO */
    @Transactional
    public OcrImportSummary importFile(Path file, String name, String source) {
        String sha256 = Sha256.of(file);
        Optional<OcrImportSummary> existing = find("sha256 = :key", sha256);
        if (existing.isPresent()) {
            OcrImportSummary again = existing.get();
            return new OcrImportSummary(again.id(), again.name(), again.receivedAt(), again.transmissionNumber(),
                    again.transactions(), again.matched(), again.unmatched(), again.duplicate(), again.total(), true);
        }
        OcrGiroFile ocr;
        try (InputStream in = Files.newInputStream(file)) {
            ocr = OcrGiroParser.parse(in);
        } catch (OcrFileRejected e) {
            throw new InvalidInputException("file", "ocr.file.rejected", "the OCR file was refused whole: line "
                    + e.lineNumber() + ": " + e.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long fileId = jdbc.sql("""
                insert into ocr_file (sha256, name, source, received_at, transmission_number, transactions, matched, unmatched,
                                      duplicate, total)
                values (:sha, :name, :source, :at, :transmission, 0, 0, 0, 0, 0) returning ocr_file_id""")
                .param("sha", sha256).param("name", name).param("source", source).param("at", Timestamp.from(clock.instant()))
                .param("transmission", ocr.transmissionNumber()).query(Long.class).single();
        int matched = 0;
        int unmatched = 0;
        int duplicate = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (OcrAssignment assignment : ocr.assignments()) {
            for (OcrPayment payment : assignment.payments()) {
                total = total.add(payment.amount());
                String key = ocr.transmissionNumber() + ":" + assignment.assignmentNumber() + ":" + payment.transactionNumber();
                boolean first = jdbc.sql("""
                        insert into ocr_transaction (transaction_key, ocr_file_id, kid, amount, paid_on, debit_account)
                        values (:key, :file, :kid, :amount, :paidOn, :account) on conflict do nothing""")
                        .param("key", key).param("file", fileId).param("kid", payment.kid()).param("amount", payment.amount())
                        .param("paidOn", payment.paymentDate()).param("account", payment.debitAccount()).update() == 1;
                if (!first) {
                    duplicate++;
                } else if (match(key, payment)) {
                    matched++;
                } else {
                    unmatched++;
                }
            }
        }
        jdbc.sql("""
                update ocr_file set transactions = :transactions, matched = :matched, unmatched = :unmatched,
                       duplicate = :duplicate, total = :total
                where ocr_file_id = :id""")
                .param("transactions", matched + unmatched + duplicate).param("matched", matched).param("unmatched", unmatched)
                .param("duplicate", duplicate).param("total", total).param("id", fileId).update();
        return find("ocr_file_id = :key", fileId).orElseThrow();
    }

    /** Registers a payment by hand against an invoice (or credit note refund) number. */
    @Transactional
    public InvoiceSummary register(long invoiceNumber, BigDecimal amount, LocalDate paidOn, String reference) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidInputException("amount", "payment.amount.invalid", "amount must be positive, in NOK with øre");
        }
        InvoiceRepository.Row invoice = invoices.findByNumber(invoiceNumber)
                .filter(row -> row.type() == DocumentType.INVOICE)
                .orElseThrow(() -> new NotFoundException("invoice " + invoiceNumber));
        String ref = reference == null || reference.isBlank() ? "MANUAL:" + java.util.UUID.randomUUID() : "MANUAL:" + reference.strip();
        if (!invoices.insertPayment(invoice.companyId(), invoice.id(), amount, paidOn == null ? today() : paidOn, "MANUAL", ref)) {
            throw new ConflictException("reference", "payment.reference.taken", "a payment with reference " + reference
                    + " is registered already");
        }
        jdbc.sql("update ocr_transaction set company_id = :company, invoice_id = :invoice where transaction_key = :key")
                .param("company", invoice.companyId()).param("invoice", invoice.id()).param("key", reference).update();
        return invoices.findByNumber(invoiceNumber).orElseThrow().summary(today());
    }

    public List<OcrImportSummary> files() {
        return jdbc.sql(SELECT + " order by ocr_file_id desc").query(ImportPayments::summary).list();
    }

    /** OCR payments whose KID no invoice has, waiting for someone to place them. */
    public List<UnmatchedPayment> unmatched() {
        return jdbc.sql("""
                select t.transaction_key, t.kid, t.amount, t.paid_on, t.debit_account, f.name
                from ocr_transaction t join ocr_file f using (ocr_file_id)
                where t.invoice_id is null order by t.paid_on, t.transaction_key""")
                .query((rs, n) -> new UnmatchedPayment(rs.getString("transaction_key"), rs.getString("kid"),
                        rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class), rs.getString("debit_account"),
                        rs.getString("name")))
                .list();
    }

    /** A payment the bank reported that matched no invoice. Register it by hand with its key as reference. */
    public record UnmatchedPayment(String transactionKey, String kid, BigDecimal amount, LocalDate paidOn, String debitAccount,
            String fileName) {
    }

    private boolean match(String key, OcrPayment payment) {
        Optional<InvoiceRepository.Row> invoice = invoices.findByKid(payment.kid());
        if (invoice.isEmpty()) {
            return false;
        }
        invoices.insertPayment(invoice.get().companyId(), invoice.get().id(), payment.amount(), payment.paymentDate(), "OCR", key);
        jdbc.sql("update ocr_transaction set company_id = :company, invoice_id = :invoice where transaction_key = :key")
                .param("company", invoice.get().companyId()).param("invoice", invoice.get().id()).param("key", key).update();
        return true;
    }

    private static final String SELECT = """
            select ocr_file_id, name, received_at, transmission_number, transactions, matched, unmatched, duplicate, total
            from ocr_file""";

    private Optional<OcrImportSummary> find(String condition, Object key) {
        return jdbc.sql(SELECT + " where " + condition).param("key", key).query(ImportPayments::summary).optional();
    }

    private static OcrImportSummary summary(ResultSet rs, int n) throws SQLException {
        return new OcrImportSummary(rs.getLong("ocr_file_id"), rs.getString("name"), rs.getTimestamp("received_at").toInstant(),
                rs.getString("transmission_number"), rs.getInt("transactions"), rs.getInt("matched"), rs.getInt("unmatched"),
                rs.getInt("duplicate"), rs.getBigDecimal("total"), false);
    }

    private LocalDate today() {
        return no.bedriftsportal.shared.Oslo.today(clock);
    }
}
