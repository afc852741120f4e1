package no.bedriftsportal.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.billing.InvoiceRunSummary;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Issue #4's benchmark: the invoice run for 2,000 subscriptions over one month (50 companies, two
 * customer numbers each, a month of usage), then every invoice rendered as PDF and EHF, with the
 * median and 95th percentile. The PDF (issue #16) is timed at its first download in the JVM (the
 * portal's warm-up rendered a sample at the start), then, after an untimed first download of every
 * invoice, in {@value #TIMED_PDFS} first downloads again. Run with {@code mvn -Pbenchmark-billing verify}.
 */
public final class BillingBenchmark {

    private static final int COMPANIES = 50;
    private static final int SUBSCRIPTIONS_PER_ACCOUNT = 20;
    private static final int TIMED_PDFS = 200;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("billing")) {
            YearMonth month = YearMonth.from(Oslo.today(context.getBean(Clock.class))).minusMonths(1);
            List<String> msisdns = companies(context, month);
            Path file = Files.createTempFile("benchmark-cdrs", ".csv");
            BenchmarkCdrs.write(file, msisdns, month, month, 600 * msisdns.size(), 7);
            context.getBean(IngestCdrFile.class).ingest(file, "month.csv", CdrSource.UPLOAD);
            Files.delete(file);

            long running = System.nanoTime();
            InvoiceRunSummary run = context.getBean(RunInvoices.class).run(month);
            double runSeconds = BenchmarkPortal.seconds(running);

            Invoices invoices = context.getBean(Invoices.class);
            List<Issued> issued = new ArrayList<>();
            for (Company company : context.getBean(Companies.class).list()) {
                for (InvoiceSummary invoice : invoices.list(AccessScope.wholeCompany(company.id()), InvoiceFilter.all())) {
                    issued.add(new Issued(AccessScope.wholeCompany(company.id()), invoice.id()));
                }
            }
            long started = System.nanoTime();
            invoices.pdf(issued.get(0).scope(), issued.get(0).id());
            double firstPdf = BenchmarkPortal.seconds(started) * 1000;
            List<Double> ehf = new ArrayList<>();
            for (Issued invoice : issued) {
                invoices.pdf(invoice.scope(), invoice.id()); // the PDF's warm-up: every invoice's first download
                started = System.nanoTime();
                invoices.ehf(invoice.scope(), invoice.id());
                ehf.add(BenchmarkPortal.seconds(started) * 1000);
            }
            List<Double> pdf = pdfs(context.getBean(JdbcClient.class), invoices, issued);
            System.out.println();
            System.out.printf(Locale.ROOT, "invoice run %s: %,d subscriptions, %d invoices, %s NOK in %.2f s%n", month,
                    msisdns.size(), run.invoices(), run.total(), runSeconds);
            System.out.printf(Locale.ROOT, "first PDF download in this JVM (incl. storing): %.0f ms%n", firstPdf);
            System.out.println("PDF per invoice (" + SUBSCRIPTIONS_PER_ACCOUNT + " subscriptions, first render incl. storing): "
                    + BenchmarkPortal.percentiles(pdf));
            System.out.println("EHF per invoice: " + BenchmarkPortal.percentiles(ehf));
        }
    }

    /**
     * {@value #TIMED_PDFS} first downloads of the invoices in turn, each PDF removed (untimed) before it
     * is asked for again, so that every timing reads the invoice, renders and stores it.
     */
    private static List<Double> pdfs(JdbcClient jdbc, Invoices invoices, List<Issued> issued) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < TIMED_PDFS; i++) {
            Issued invoice = issued.get(i % issued.size());
            jdbc.sql("delete from invoice_document where company_id = :company and invoice_id = :id and format = 'PDF'")
                    .param("company", invoice.scope().companyId()).param("id", invoice.id()).update();
            long started = System.nanoTime();
            invoices.pdf(invoice.scope(), invoice.id()).orElseThrow();
            millis.add(BenchmarkPortal.seconds(started) * 1000);
        }
        return millis;
    }

    private record Issued(AccessScope scope, long id) {
    }

    private static List<String> companies(ConfigurableApplicationContext context, YearMonth month) {
        Companies companies = context.getBean(Companies.class);
        Subscriptions subscriptions = context.getBean(Subscriptions.class);
        String[] plans = {"FRI_1", "FRI_5", "FRI_5", "FRI_20", "BASIS"};
        List<String> msisdns = new ArrayList<>();
        int line = 0;
        for (int c = 0; c < COMPANIES; c++) {
            String eight = String.valueOf(91_000_000 + c * 7);
            Integer check = OrgNumber.checkDigit(eight);
            while (check == null) {
                eight = String.valueOf(Integer.parseInt(eight) + 1);
                check = OrgNumber.checkDigit(eight);
            }
            Company company = companies.register(new RegisterCompany(eight + check, "Kunde " + c + " AS", "Gata " + c, "0150",
                    "Oslo", null));
            for (int a = 0; a < 2; a++) {
                CustomerAccount account = companies.openCustomerAccount(company.id(), null, a == 0 ? "Salg" : "Drift");
                for (int s = 0; s < SUBSCRIPTIONS_PER_ACCOUNT; s++, line++) {
                    String msisdn = "+479" + String.format("%07d", line);
                    subscriptions.activate(new ActivateSubscription(company.id(), msisdn, plans[line % plans.length],
                            account.id(), null, month.atDay(1).minusYears(1), false, null));
                    msisdns.add(msisdn);
                }
            }
        }
        return msisdns;
    }

    private BillingBenchmark() {
    }
}
