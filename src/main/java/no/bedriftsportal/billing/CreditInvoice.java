package no.bedriftsportal.billing;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;

/**
 * An issued invoice is never edited: an error is corrected with a credit note (bokføringsforskriften),
 * here for the whole invoice, numbered from the same gapless series.
 */
@Component
public class CreditInvoice {

    private final InvoiceRepository invoices;
    private final JdbcClient jdbc;
    private final Clock clock;

    CreditInvoice(InvoiceRepository invoices, JdbcClient jdbc, Clock clock) {
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public InvoiceSummary credit(long invoiceNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "creditNote.reason.required", "reason is required on a credit note");
        }
        InvoiceRepository.Row invoice = invoices.findByNumber(invoiceNumber)
                .orElseThrow(() -> new NotFoundException("invoice " + invoiceNumber));
        if (invoice.type() != DocumentType.INVOICE) {
            throw new InvalidInputException("number", "creditNote.ofCreditNote", invoiceNumber + " is a credit note itself");
        }
        if (invoice.credited().signum() > 0) {
            throw new ConflictException("number", "creditNote.twice", "invoice " + invoiceNumber + " is credited already");
        }
        jdbc.sql("select 1 from invoice where company_id = :c and invoice_id = :i for update")
                .param("c", invoice.companyId()).param("i", invoice.id()).query((rs, n) -> n).list();
        List<InvoiceLine> lines = invoices.lines(invoice.companyId(), invoice.id());
        long number = invoices.takeNumbers(1);
        long creditId = invoices.insert(new InvoiceRepository.NewInvoice(invoice.companyId(), invoice.customerAccountId(),
                DocumentType.CREDIT_NOTE, number, null, invoice.id(), Oslo.today(clock), null, invoice.periodStart(),
                invoice.periodEnd(), null, invoices.buyerReference(invoice.companyId(), invoice.id()), InvoiceTotals.of(lines),
                reason.strip()));
        invoices.insertLines(invoice.companyId(), creditId, lines, jdbc.sql("""
                select msisdn, subscription_id from invoice_line where company_id = :c and invoice_id = :i and msisdn is not null""")
                .param("c", invoice.companyId()).param("i", invoice.id())
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue, (a, b) -> a)));
        return invoices.findByNumber(number).orElseThrow().summary(Oslo.today(clock));
    }
}
