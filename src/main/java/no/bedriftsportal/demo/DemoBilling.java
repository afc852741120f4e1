package no.bedriftsportal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.bedriftsportal.billing.DocumentType;
import no.bedriftsportal.billing.ImportPayments;
import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.OcrAssignment;
import no.bedriftsportal.billing.OcrGiroFile;
import no.bedriftsportal.billing.OcrGiroWriter;
import no.bedriftsportal.billing.OcrPayment;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * The demo company's invoices and payments (B2): each month is invoiced once its usage is in, and
 * the bank's OCR files pay them — most on time, the latest month not yet due, and one invoice left
 * overdue — through the same import an operator uses.
 */
@Component
class DemoBilling {

    private static final Logger log = LoggerFactory.getLogger(DemoBilling.class);

    private final RunInvoices runInvoices;
    private final Invoices invoices;
    private final ImportPayments payments;
    private final Clock clock;

    DemoBilling(RunInvoices runInvoices, Invoices invoices, ImportPayments payments, Clock clock) {
        this.runInvoices = runInvoices;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
    }

    /** Invoices every month that ended before {@code usageUntil} and before this month, in order. */
    void invoiceMonthsBefore(LocalDate usageUntil, YearMonth first) {
        YearMonth current = YearMonth.from(Oslo.today(clock));
        for (YearMonth month = first; month.atEndOfMonth().isBefore(usageUntil) && month.isBefore(current);
                month = month.plusMonths(1)) {
            runInvoices.run(month);
        }
    }

    /**
     * Pays the company's invoices through OCR files, one per month of payment: all but those not yet
     * due (new) and one overdue invoice (the biggest of the latest that fell due).
     */
    void payInvoices(long companyId, long seed, Path directory) {
        LocalDate today = Oslo.today(clock);
        List<InvoiceSummary> issued = new ArrayList<>(invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all())
                .stream().filter(invoice -> invoice.type() == DocumentType.INVOICE && invoice.paid().signum() == 0).toList());
        issued.sort(Comparator.comparing(InvoiceSummary::issueDate).thenComparingLong(InvoiceSummary::number));
        InvoiceSummary leftOverdue = issued.stream().filter(invoice -> invoice.dueDate().isBefore(today))
                .max(Comparator.comparing(InvoiceSummary::dueDate).thenComparing(InvoiceSummary::total)).orElse(null);
        Random random = new Random(seed);
        Map<YearMonth, List<OcrPayment>> byMonth = new TreeMap<>();
        for (InvoiceSummary invoice : issued) {
            LocalDate paidOn = invoice.dueDate().minusDays(random.nextInt(12));
            if (invoice == leftOverdue || !invoice.dueDate().isBefore(today)) {
                continue; // the overdue one, and the latest, not due yet: still new
            }
            List<OcrPayment> month = byMonth.computeIfAbsent(YearMonth.from(paidOn), m -> new ArrayList<>());
            month.add(new OcrPayment(month.size() + 1, paidOn, invoice.total(), invoice.kid(), "", "13"));
        }
        int files = 0;
        String sellersAccount = invoices.bankAccount().replaceAll("\\D", ""); // the account the bank credits
        for (Map.Entry<YearMonth, List<OcrPayment>> month : byMonth.entrySet()) {
            String transmission = String.format("%07d", month.getKey().getYear() % 100 * 100 + month.getKey().getMonthValue());
            OcrGiroFile ocr = new OcrGiroFile(transmission, List.of(new OcrAssignment("001008566", transmission, sellersAccount,
                    month.getValue())));
            Path file = directory.resolve("ocr-" + month.getKey() + ".txt");
            try {
                Files.createDirectories(directory);
                Files.write(file, OcrGiroWriter.write(ocr));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            payments.importFile(file, file.getFileName().toString(), "DEMO");
            files++;
        }
        log.info("Demo payments: {} OCR files; {} unpaid and overdue", files,
                leftOverdue == null ? "none" : "invoice " + leftOverdue.number());
    }
}
