package no.bedriftsportal.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;

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
 * median and 95th percentile. Run with {@code mvn -Pbenchmark-billing verify}.
 */
public final class BillingBenchmark {

    private static final int COMPANIES = 50;
    private static final int SUBSCRIPTIONS_PER_ACCOUNT = 20;

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
            List<Double> pdf = new ArrayList<>();
            List<Double> ehf = new ArrayList<>();
            for (Company company : context.getBean(Companies.class).list()) {
                for (InvoiceSummary invoice : invoices.list(AccessScope.wholeCompany(company.id()), InvoiceFilter.all())) {
                    long started = System.nanoTime();
                    invoices.pdf(AccessScope.wholeCompany(company.id()), invoice.id());
                    pdf.add(BenchmarkPortal.seconds(started) * 1000);
                    started = System.nanoTime();
                    invoices.ehf(AccessScope.wholeCompany(company.id()), invoice.id());
                    ehf.add(BenchmarkPortal.seconds(started) * 1000);
                }
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "invoice run %s: %,d subscriptions, %d invoices, %s NOK in %.2f s%n", month,
                    msisdns.size(), run.invoices(), run.total(), runSeconds);
            System.out.println("PDF per invoice (" + SUBSCRIPTIONS_PER_ACCOUNT + " subscriptions, first render incl. storing): "
                    + BenchmarkPortal.percentiles(pdf.subList(Math.min(3, pdf.size() - 1), pdf.size())));
            System.out.println("EHF per invoice: " + BenchmarkPortal.percentiles(ehf));
        }
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
