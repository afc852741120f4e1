package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger of the bank's OCR files ({@code ocr_file}) and their payments ({@code ocr_transaction}):
 * each file once, with its figures, and each payment with what became of it. Not tenant data: a
 * file pays invoices of many companies.
 */
@Repository
class OcrLedger {

    private static final String FILE = """
            select ocr_file_id, name, source, received_at, transmission_number, status, reason, transactions, applied, unmatched,
                   refused, total, applied_amount, unmatched_amount, refused_amount
            from ocr_file""";

    private final JdbcClient jdbc;

    OcrLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One import at a time, across instances, until the transaction ends: the checks of sha256 and transmission hold. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('billing:ocr-import'))").query((rs, row) -> row).list();
    }

    Optional<OcrImportSummary> bySha256(String sha256) {
        return jdbc.sql(FILE + " where sha256 = :sha").param("sha", sha256).query(OcrLedger::summary).optional();
    }

    Optional<OcrImportSummary> find(long id) {
        return jdbc.sql(FILE + " where ocr_file_id = :id").param("id", id).query(OcrLedger::summary).optional();
    }

    /** The files, the latest first. */
    List<OcrImportSummary> files() {
        return jdbc.sql(FILE + " order by ocr_file_id desc").query(OcrLedger::summary).list();
    }

    /** The file imported (not refused) under this transmission number, if any. */
    Optional<OcrImportSummary> importedTransmission(String transmissionNumber) {
        return jdbc.sql(FILE + " where transmission_number = :transmission and status = 'IMPORTED' order by ocr_file_id limit 1")
                .param("transmission", transmissionNumber).query(OcrLedger::summary).optional();
    }

    long insertFile(String sha256, String name, String source, Instant receivedAt, String transmissionNumber, OcrFileStatus status,
            String reason, OcrFigures figures) {
        return jdbc.sql("""
                insert into ocr_file (sha256, name, source, received_at, transmission_number, status, reason, transactions, applied,
                                      unmatched, refused, total, applied_amount, unmatched_amount, refused_amount)
                values (:sha, :name, :source, :at, :transmission, :status, :reason, :transactions, :applied, :unmatched, :refused,
                        :total, :appliedAmount, :unmatchedAmount, :refusedAmount)
                returning ocr_file_id""")
                .param("sha", sha256).param("name", name).param("source", source).param("at", Timestamp.from(receivedAt))
                .param("transmission", transmissionNumber).param("status", status.name()).param("reason", reason)
                .param("transactions", figures.transactions()).param("applied", figures.applied())
                .param("unmatched", figures.unmatched()).param("refused", figures.refused()).param("total", figures.total())
                .param("appliedAmount", figures.appliedAmount()).param("unmatchedAmount", figures.unmatchedAmount())
                .param("refusedAmount", figures.refusedAmount())
                .query(Long.class).single();
    }

    void updateFigures(long fileId, OcrFigures figures) {
        jdbc.sql("""
                update ocr_file set transactions = :transactions, applied = :applied, unmatched = :unmatched, refused = :refused,
                       total = :total, applied_amount = :appliedAmount, unmatched_amount = :unmatchedAmount,
                       refused_amount = :refusedAmount
                where ocr_file_id = :id""")
                .param("transactions", figures.transactions()).param("applied", figures.applied())
                .param("unmatched", figures.unmatched()).param("refused", figures.refused()).param("total", figures.total())
                .param("appliedAmount", figures.appliedAmount()).param("unmatchedAmount", figures.unmatchedAmount())
                .param("refusedAmount", figures.refusedAmount()).param("id", fileId).update();
    }

    /** A transaction of a file; its key is unique among the transactions taken (applied or unmatched). */
    void insertTransaction(long fileId, String key, OcrAssignment assignment, OcrPayment payment, OcrTransactionStatus status,
            InvoiceRepository.Row invoice, String reason) {
        jdbc.sql("""
                insert into ocr_transaction (transaction_key, ocr_file_id, kid, amount, paid_on, debit_account, assignment_account,
                                             status, reason, company_id, invoice_id)
                values (:key, :file, :kid, :amount, :paidOn, :debitAccount, :assignmentAccount, :status, :reason, :company, :invoice)""")
                .param("key", key).param("file", fileId).param("kid", payment.kid()).param("amount", payment.amount())
                .param("paidOn", payment.paymentDate()).param("debitAccount", payment.debitAccount())
                .param("assignmentAccount", assignment.assignmentAccount()).param("status", status.name()).param("reason", reason)
                .param("company", invoice == null ? null : invoice.companyId()).param("invoice", invoice == null ? null : invoice.id())
                .update();
    }

    /** The taken (not refused) transaction with this key, locked until the transaction ends. */
    Optional<Taken> takenForUpdate(String key) {
        return jdbc.sql("""
                select t.ocr_file_id, t.transaction_key, t.amount, t.paid_on, t.status, i.number
                from ocr_transaction t left join invoice i on i.company_id = t.company_id and i.invoice_id = t.invoice_id
                where t.transaction_key = :key and t.status <> 'REFUSED'
                for update of t""")
                .param("key", key)
                .query((rs, n) -> new Taken(rs.getLong("ocr_file_id"), rs.getString("transaction_key"), rs.getBigDecimal("amount"),
                        rs.getObject("paid_on", LocalDate.class), OcrTransactionStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("number")))
                .optional();
    }

    void markApplied(Taken transaction, long companyId, long invoiceId, String reason) {
        jdbc.sql("""
                update ocr_transaction set status = 'APPLIED', company_id = :company, invoice_id = :invoice, reason = :reason
                where ocr_file_id = :file and transaction_key = :key""")
                .param("company", companyId).param("invoice", invoiceId).param("reason", reason)
                .param("file", transaction.fileId()).param("key", transaction.key()).update();
    }

    OcrFigures figuresForUpdate(long fileId) {
        return jdbc.sql("""
                select applied, unmatched, refused, applied_amount, unmatched_amount, refused_amount
                from ocr_file where ocr_file_id = :id for update""")
                .param("id", fileId)
                .query((rs, n) -> new OcrFigures(rs.getInt("applied"), rs.getInt("unmatched"), rs.getInt("refused"),
                        rs.getBigDecimal("applied_amount"), rs.getBigDecimal("unmatched_amount"), rs.getBigDecimal("refused_amount")))
                .single();
    }

    /** A file's payments in the order of the file. */
    List<OcrTransactionView> transactions(long fileId) {
        return jdbc.sql("""
                select t.transaction_key, t.assignment_account, t.kid, t.amount, t.paid_on, t.debit_account, t.status, i.number,
                       t.reason
                from ocr_transaction t left join invoice i on i.company_id = t.company_id and i.invoice_id = t.invoice_id
                where t.ocr_file_id = :file
                order by split_part(t.transaction_key, ':', 2), split_part(t.transaction_key, ':', 3)::int""")
                .param("file", fileId)
                .query((rs, n) -> new OcrTransactionView(rs.getString("transaction_key"), rs.getString("assignment_account"),
                        rs.getString("kid"), rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class),
                        rs.getString("debit_account"), OcrTransactionStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("number"), rs.getString("reason")))
                .list();
    }

    /** Payments kept for manual handling, the oldest first. */
    List<ImportPayments.UnmatchedPayment> unmatched() {
        return jdbc.sql("""
                select t.transaction_key, t.kid, t.amount, t.paid_on, t.debit_account, t.assignment_account, t.reason, f.name
                from ocr_transaction t join ocr_file f using (ocr_file_id)
                where t.status = 'UNMATCHED' order by t.paid_on, t.transaction_key""")
                .query((rs, n) -> new ImportPayments.UnmatchedPayment(rs.getString("transaction_key"), rs.getString("kid"),
                        rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class), rs.getString("debit_account"),
                        rs.getString("name"), rs.getString("assignment_account"), rs.getString("reason")))
                .list();
    }

    /** A payment taken from a file (applied or unmatched), as the manual registration finds it by its key. */
    record Taken(long fileId, String key, BigDecimal amount, LocalDate paidOn, OcrTransactionStatus status, Long invoiceNumber) {
    }

    private static OcrImportSummary summary(ResultSet rs, int n) throws SQLException {
        return new OcrImportSummary(rs.getLong("ocr_file_id"), rs.getString("name"), rs.getString("source"),
                rs.getTimestamp("received_at").toInstant(), rs.getString("transmission_number"),
                OcrFileStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getInt("transactions"), rs.getInt("applied"),
                rs.getInt("unmatched"), rs.getInt("refused"), rs.getBigDecimal("total"), rs.getBigDecimal("applied_amount"),
                rs.getBigDecimal("unmatched_amount"), rs.getBigDecimal("refused_amount"), false);
    }
}
