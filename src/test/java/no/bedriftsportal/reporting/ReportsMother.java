package no.bedriftsportal.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.ThisMonthsCdrs;
import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;

/**
 * A small company whose figures are worked out by hand from the price list (CATALOG.md), for the
 * report tests. Last month M:
 * <ul>
 * <li>Salg: A (FRI_5, the super user) 279.00, parking 45.00 (content), a 300 s call (included),
 * an extra 1 GB package 79.00 paid by the company; B (BASIS, Bjørn Basis) 49.00, a 600 s call
 * 10 × 0.49 = 4.90, an SMS 0.39, a 120 s call made in the US 2 × 2.99 = 5.98 (abroad) → Salg 463.27.</li>
 * <li>Drift: C (MBB_50, no holder) 299.00 with 50 MB in the package; L (FRI_5, a user limited to
 * Drift with the reports module) 279.00 → Drift 578.00.</li>
 * </ul>
 * M is invoiced; this month B sends one more SMS (0.39), not billed yet. Invoice runs span all
 * companies and run a month once, so the company is made once per application context: import this
 * into test classes with their own database (the same one, so that they share the context).
 */
class ReportsMother {

    static final String DATA_DIR = "portal.database.embedded.data-dir=target/test-postgres-reports";

    private final CompanyMother companies;
    private final TestClock clock;
    private final IngestCdrFile ingest;
    private final BuyExtraPackage extraPackages;
    private final RunInvoices runInvoices;
    private final Invoices invoices;
    private ReportsCompany made;

    ReportsMother(CompanyMother companies, TestClock clock, IngestCdrFile ingest, BuyExtraPackage extraPackages,
            RunInvoices runInvoices, Invoices invoices) {
        this.companies = companies;
        this.clock = clock;
        this.ingest = ingest;
        this.extraPackages = extraPackages;
        this.runInvoices = runInvoices;
        this.invoices = invoices;
    }

    /** What the company is. */
    record ReportsCompany(TestCompany company, Msisdn a, Msisdn b, Msisdn c, Msisdn limited, YearMonth m,
            List<InvoiceSummary> issued) {

        InvoiceSummary invoiceOf(int accountIndex) {
            return issued.stream().filter(i -> i.customerAccountId() == company.account(accountIndex).id()).findFirst()
                    .orElseThrow();
        }
    }

    synchronized ReportsCompany company() {
        if (made == null) {
            made = make();
        }
        clock.reset();
        return made;
    }

    private ReportsCompany make() {
        clock.reset();
        TestCompany company = companies.company("Salg", "Drift");
        Msisdn a = company.superUser();
        Msisdn b = company.subscriber(0, "BASIS", "Bjørn Basis");
        Msisdn c = company.lineWithoutHolder(1, "MBB_50");
        Msisdn limited = company.userWith(Set.of(PortalModule.REPORTS), 1);
        YearMonth m = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        ingest(cdrFile(
                "r-1," + a.value() + ",CONTENT," + at(m, 4) + ",,2020,NO,,,45.00,25,EasyPark,Parkering",
                "r-2," + a.value() + ",VOICE," + at(m, 6) + ",MO,+4722334455,NO,300,,,,,",
                "r-3," + b.value() + ",VOICE," + at(m, 7) + ",MO,+4722334455,NO,600,,,,,",
                "r-4," + b.value() + ",SMS," + at(m, 8) + ",MO,+4722334455,NO,,,,,,",
                "r-5," + b.value() + ",VOICE," + at(m, 20) + ",MO,+4722334455,US,120,,,,,",
                "r-6," + c.value() + ",DATA," + at(m, 10) + ",,,NO,,50000000,,,,"), "reports-m.csv");
        extraPackages.buy(a.value(), "EXTRA_1", Payer.COMPANY, Oslo.startOf(m.atDay(12)).plusSeconds(3600), "OPERATOR");
        runInvoices.run(m);
        List<InvoiceSummary> issued = invoices.list(AccessScope.wholeCompany(company.id()), InvoiceFilter.all());
        // this month, before now whatever the clock (minutes into a new year too)
        ingest(cdrFile("r-7," + b.value() + ",SMS," + ThisMonthsCdrs.start(clock) + ",MO,+4722334455,NO,,,,,,"), "reports-now.csv");
        return new ReportsCompany(company, a, b, c, limited, m, issued);
    }

    private static String at(YearMonth month, int day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(month.atDay(day).atTime(12, 0), Oslo.ZONE));
    }

    private void ingest(Path file, String name) {
        ingest.ingest(file, name, CdrSource.UPLOAD);
    }

    private static Path cdrFile(String... records) {
        try {
            Path file = Files.createTempFile("reports", ".csv");
            Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                    + "amount_nok,vat_rate,provider,description\n" + String.join("\n", records) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
