package no.bedriftsportal.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Last month invoiced, for the tests of the invoice pages: {@code @Import} it into a test with its
 * own database, as invoice runs span all companies and go in month order (so call it once).
 */
class InvoicedMonthMother {

    private final CompanyMother companies;
    private final IngestCdrFile ingest;
    private final RunInvoices runInvoices;
    private final Invoices invoices;
    private final ImportPayments payments;
    private final Clock clock;

    InvoicedMonthMother(CompanyMother companies, IngestCdrFile ingest, RunInvoices runInvoices, Invoices invoices,
            ImportPayments payments, Clock clock) {
        this.companies = companies;
        this.ingest = ingest;
        this.runInvoices = runInvoices;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * A company with two customer numbers and 45 days' payment terms, so that Drift's invoice is
     * "Ny" whatever day the test runs:
     * <ul>
     * <li>Salg: FRI_5 (the super user's) 279.00 with parking 45.00 (25 %) and a donation 100.00 (0 %),
     * FRI_5 (a user with the dashboard only) 279.00 and FRI_20 349.00 → 952.00 at 25 % and 100.00 at
     * 0 %, VAT 238.00, total 1 290.00; paid in full.</li>
     * <li>Drift: FRI_5 (a user of Drift with the invoices module) 279.00 and FRI_20 349.00 with an
     * included call of 125 s (0.00) → 628.00, VAT 157.00, total 785.00; 200.00 paid, 585.00 left.</li>
     * </ul>
     * Another company's invoice is issued in the same run.
     */
    InvoicedMonth lastMonth() {
        TestCompany company = companies.companyWithPaymentTerms(45, "Salg", "Drift");
        Msisdn superUser = company.superUser();
        Msisdn dashboardOnlyUser = company.user(0);
        Msisdn salesLine = company.subscriber(0, "FRI_20");
        Msisdn operationsUser = company.userWith(Set.of(PortalModule.INVOICES), 1);
        Msisdn operationsLine = company.subscriber(1, "FRI_20");
        TestCompany otherCompany = companies.company("Lager");
        otherCompany.subscriber(0, "BASIS");
        YearMonth month = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        ingest.ingest(cdrFile(
                "month-1," + superUser.value() + ",CONTENT," + at(month, 4) + ",,2020,NO,,,45.00,25,EasyPark,Parkering",
                "month-2," + superUser.value() + ",CONTENT," + at(month, 5) + ",,2160,NO,,,100.00,0,Redd Barna,Innsamling",
                "month-3," + operationsLine.value() + ",VOICE," + at(month, 6) + ",MO,+4722334455,NO,125,,,,,"),
                "invoiced-month.csv", CdrSource.UPLOAD);

        runInvoices.run(month);

        List<InvoiceSummary> issued = invoices.list(AccessScope.wholeCompany(company.id()), InvoiceFilter.all());
        InvoiceSummary sales = of(issued, company, 0);
        InvoiceSummary operations = of(issued, company, 1);
        payments.register(sales.number(), new BigDecimal("1290.00"), Oslo.today(clock), "sales-" + sales.number());
        payments.register(operations.number(), new BigDecimal("200.00"), Oslo.today(clock), "operations-" + operations.number());
        return new InvoicedMonth(company, superUser, dashboardOnlyUser, operationsUser, salesLine, operationsLine,
                summary(sales), summary(operations),
                invoices.list(AccessScope.wholeCompany(otherCompany.id()), InvoiceFilter.all()).get(0));
    }

    /**
     * What {@link #lastMonth()} made.
     *
     * @param sales      Salg's invoice, paid
     * @param operations Drift's invoice, partly paid
     */
    record InvoicedMonth(TestCompany company, Msisdn superUser, Msisdn dashboardOnlyUser, Msisdn operationsUser,
            Msisdn salesLine, Msisdn operationsLine, InvoiceSummary sales, InvoiceSummary operations,
            InvoiceSummary otherCompanys) {
    }

    private InvoiceSummary summary(InvoiceSummary invoice) {
        return invoices.summary(AccessScope.wholeCompany(invoice.companyId()), invoice.id()).orElseThrow();
    }

    private static InvoiceSummary of(List<InvoiceSummary> issued, TestCompany company, int accountIndex) {
        return issued.stream().filter(invoice -> invoice.customerAccountId() == company.account(accountIndex).id()).findFirst()
                .orElseThrow();
    }

    private static String at(YearMonth month, int day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(month.atDay(day).atTime(12, 0), Oslo.ZONE));
    }

    private static Path cdrFile(String... records) {
        try {
            Path file = Files.createTempFile("cdr", ".csv");
            Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                    + "amount_nok,vat_rate,provider,description\n" + String.join("\n", records) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
