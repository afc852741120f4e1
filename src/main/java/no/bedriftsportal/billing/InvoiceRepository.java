package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.database.CopyWriter;

/** The invoice, invoice_line, invoice_document and payment tables, and the number series. */
@Repository
class InvoiceRepository {

    private static final String SUMMARY = """
            select i.company_id, i.invoice_id, i.type, i.number, i.customer_account_id, a.number as customer_number,
                   a.name as customer_name, i.issue_date, i.due_date, i.period_start, i.period_end, i.kid,
                   i.amount_excl_vat, i.vat, i.total,
                   coalesce((select sum(p.amount) from payment p
                             where p.company_id = i.company_id and p.invoice_id = i.invoice_id), 0) as paid,
                   coalesce((select sum(c.total) from invoice c
                             where c.company_id = i.company_id and c.credited_invoice_id = i.invoice_id), 0) as credited,
                   (select c.number from invoice c where c.company_id = i.company_id and c.invoice_id = i.credited_invoice_id)
                       as credited_number
            from invoice i
            join customer_account a on a.company_id = i.company_id and a.customer_account_id = i.customer_account_id
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    /** Every invoice, credit note and payment changes the company's dashboard as it commits. */
    private final CompanyDataVersions dataVersions;

    InvoiceRepository(JdbcClient jdbc, DataSource dataSource, CompanyDataVersions dataVersions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dataVersions = dataVersions;
    }

    /** The next numbers of the gapless series; the counter row stays locked until the transaction ends. */
    long takeNumbers(int count) {
        return jdbc.sql("""
                update invoice_number_series set next_number = next_number + :count where series = 'INVOICE'
                returning next_number - :count""")
                .param("count", count).query(Long.class).single();
    }

    long insert(NewInvoice invoice) {
        dataVersions.changed(invoice.companyId());
        return jdbc.sql("""
                insert into invoice (company_id, customer_account_id, type, number, invoice_run_id, credited_invoice_id,
                                     issue_date, due_date, period_start, period_end, kid, buyer_reference, amount_excl_vat, vat,
                                     total, note)
                values (:company, :account, :type, :number, :run, :credited, :issue, :due, :start, :end, :kid, :reference,
                        :excl, :vat, :total, :note)
                returning invoice_id""")
                .param("company", invoice.companyId()).param("account", invoice.customerAccountId())
                .param("type", invoice.type().name()).param("number", invoice.number()).param("run", invoice.runId())
                .param("credited", invoice.creditedInvoiceId()).param("issue", invoice.issueDate())
                .param("due", invoice.dueDate()).param("start", invoice.periodStart()).param("end", invoice.periodEnd())
                .param("kid", invoice.kid()).param("reference", invoice.buyerReference())
                .param("excl", invoice.totals().amountExclVat()).param("vat", invoice.totals().vat())
                .param("total", invoice.totals().amountInclVat()).param("note", invoice.note())
                .query(Long.class).single();
    }

    /** The lines of a new invoice, with one COPY. */
    void insertLines(long companyId, long invoiceId, List<InvoiceLine> lines, java.util.Map<String, Long> subscriptionIds) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyWriter copy = CopyWriter.open(connection, """
                copy invoice_line (company_id, invoice_id, line_number, subscription_id, msisdn, user_name, kind, description,
                                   period_start, period_end, quantity, unit, amount_excl_vat, vat_rate) from stdin""")) {
            int number = 1;
            for (InvoiceLine line : lines) {
                copy.number(companyId).number(invoiceId).number(number++)
                        .number(line.msisdn() == null ? null : subscriptionIds.get(line.msisdn())).text(line.msisdn())
                        .text(line.userName()).text(line.kind().name()).text(line.description()).date(line.periodStart())
                        .date(line.periodEnd()).decimal(line.quantity()).text(line.unit()).decimal(line.amountExclVat())
                        .number(line.vatRate()).endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the lines of invoice " + invoiceId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    List<Row> list(AccessScope scope, LocalDate issuedFrom, LocalDate issuedTo) {
        return jdbc.sql(SUMMARY + """
                where i.company_id = :company
                  and (cast(:accounts as bigint[]) is null or i.customer_account_id = any(:accounts))
                  and i.issue_date between :from and :to
                order by i.issue_date desc, i.number desc""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", issuedFrom).param("to", issuedTo)
                .query(InvoiceRepository::row).list();
    }

    Optional<Row> find(AccessScope scope, long invoiceId) {
        return jdbc.sql(SUMMARY + """
                where i.company_id = :company and i.invoice_id = :id
                  and (cast(:accounts as bigint[]) is null or i.customer_account_id = any(:accounts))""")
                .param("company", scope.companyId()).param("id", invoiceId).param("accounts", scope.customerAccountsParameter())
                .query(InvoiceRepository::row).optional();
    }

    /** An invoice by its number, in whichever company (the operator's view). */
    Optional<Row> findByNumber(long number) {
        return jdbc.sql(SUMMARY + "where i.number = :number").param("number", number).query(InvoiceRepository::row).optional();
    }

    /**
     * The latest invoice (not credit note) of a customer number among these numbers, or failing
     * that the latest of the customer number: the invoice a run's credit note refers to.
     */
    Optional<Long> latestInvoice(long companyId, long customerAccountId, List<Long> numbers) {
        return jdbc.sql("""
                select invoice_id from invoice
                where company_id = :company and customer_account_id = :account and type = 'INVOICE'
                order by number = any(:numbers) desc, number desc limit 1""")
                .param("company", companyId).param("account", customerAccountId)
                .param("numbers", no.bedriftsportal.shared.SqlArrays.bigints(numbers))
                .query(Long.class).optional();
    }

    /** The invoice a KID belongs to (the bank's view). */
    Optional<Row> findByKid(String kid) {
        return jdbc.sql(SUMMARY + "where i.kid = :kid and i.type = 'INVOICE'").param("kid", kid)
                .query(InvoiceRepository::row).optional();
    }

    List<InvoiceLine> lines(long companyId, long invoiceId) {
        return jdbc.sql("""
                select msisdn, user_name, description, period_start, period_end, quantity, unit, amount_excl_vat, vat_rate, kind
                from invoice_line where company_id = :company and invoice_id = :id order by line_number""")
                .param("company", companyId).param("id", invoiceId)
                .query((rs, n) -> new InvoiceLine(rs.getString("msisdn"), rs.getString("user_name"), rs.getString("description"),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getBigDecimal("amount_excl_vat"),
                        rs.getInt("vat_rate"), LineKind.valueOf(rs.getString("kind"))))
                .list();
    }

    String buyerReference(long companyId, long invoiceId) {
        return jdbc.sql("select buyer_reference from invoice where company_id = :company and invoice_id = :id")
                .param("company", companyId).param("id", invoiceId).query(String.class).single();
    }

    List<InvoiceDetail.Payment> payments(long companyId, long invoiceId) {
        return jdbc.sql("""
                select paid_on, amount, source from payment where company_id = :company and invoice_id = :id
                order by paid_on, payment_id""")
                .param("company", companyId).param("id", invoiceId)
                .query((rs, n) -> new InvoiceDetail.Payment(rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("amount"),
                        rs.getString("source")))
                .list();
    }

    Optional<byte[]> document(long companyId, long invoiceId, String format) {
        return jdbc.sql("select content from invoice_document where company_id = :company and invoice_id = :id and format = :format")
                .param("company", companyId).param("id", invoiceId).param("format", format).query(byte[].class).optional();
    }

    void storeDocument(long companyId, long invoiceId, String format, byte[] content) {
        jdbc.sql("""
                insert into invoice_document (company_id, invoice_id, format, content) values (:company, :id, :format, :content)
                on conflict do nothing""")
                .param("company", companyId).param("id", invoiceId).param("format", format).param("content", content).update();
    }

    /** Registers a payment; false when one with this reference was registered before. */
    boolean insertPayment(long companyId, long invoiceId, BigDecimal amount, LocalDate paidOn, String source, String reference) {
        dataVersions.changed(companyId);
        return jdbc.sql("""
                insert into payment (company_id, invoice_id, amount, paid_on, source, reference)
                values (:company, :invoice, :amount, :paidOn, :source, :reference)
                on conflict (company_id, reference) do nothing""")
                .param("company", companyId).param("invoice", invoiceId).param("amount", amount).param("paidOn", paidOn)
                .param("source", source).param("reference", reference).update() == 1;
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("company_id"), rs.getLong("invoice_id"), DocumentType.valueOf(rs.getString("type")),
                rs.getLong("number"), rs.getLong("customer_account_id"), rs.getString("customer_number"),
                rs.getString("customer_name"), rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class), rs.getString("kid"),
                rs.getBigDecimal("amount_excl_vat"), rs.getBigDecimal("vat"), rs.getBigDecimal("total"), rs.getBigDecimal("paid"),
                rs.getBigDecimal("credited"), (Long) rs.getObject("credited_number"));
    }

    /** An invoice as stored, with what was paid and credited against it. */
    record Row(long companyId, long id, DocumentType type, long number, long customerAccountId, String customerNumber,
            String customerName, LocalDate issueDate, LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd, String kid,
            BigDecimal amountExclVat, BigDecimal vat, BigDecimal total, BigDecimal paid, BigDecimal credited,
            Long creditedNumber) {

        InvoiceSummary summary(LocalDate today) {
            if (type == DocumentType.CREDIT_NOTE) {
                return summary(BigDecimal.ZERO, InvoiceStatus.CREDIT_NOTE);
            }
            BigDecimal remaining = total.subtract(paid).subtract(credited);
            InvoiceStatus status = remaining.signum() <= 0 ? (credited.signum() > 0 ? InvoiceStatus.CREDITED : InvoiceStatus.PAID)
                    : dueDate.isBefore(today) ? InvoiceStatus.OVERDUE : InvoiceStatus.NEW;
            return summary(remaining, status);
        }

        private InvoiceSummary summary(BigDecimal remaining, InvoiceStatus status) {
            return new InvoiceSummary(companyId, id, type, number, customerAccountId, customerNumber, customerName, issueDate,
                    dueDate, periodStart, periodEnd, kid, amountExclVat, vat, total, paid, remaining, status, creditedNumber);
        }
    }

    /** What a new invoice or credit note is made of. */
    record NewInvoice(long companyId, long customerAccountId, DocumentType type, long number, Long runId,
            Long creditedInvoiceId, LocalDate issueDate, LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd, String kid,
            String buyerReference, InvoiceTotals totals, String note) {
    }
}
