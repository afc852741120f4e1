package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.subscription.TermChange;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;

/**
 * Issue #10 point 5 as one story in month order, on its own database (invoice runs span all
 * companies): every active fee day is billed once. October is the first month invoiced; a company
 * onboarded afterwards with lines active since 2025 gets October's fees on November's invoice (the
 * reporter's 2,047.81); backdated terminations and plan changes into invoiced months are credited
 * by the surplus, with period and invoice reference; a customer left with only credits gets a
 * credit note; and over the runs each subscription's fee lines per month add up to what a fresh
 * invoice for its days would bill.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-fee-ledger")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeeLedgerIntegrationTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final LocalDate SINCE_2025 = LocalDate.of(2025, 3, 1);

    private static long earlyCompanyId;
    private static long leavingCompanyId;
    private static long newOwnerCompanyId;
    private static long earlyOctober;
    private static long earlyNovember;

    @Autowired
    Companies companies;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    BuyExtraPackage buyExtraPackage;

    @Autowired
    RunInvoices runInvoices;

    @Autowired
    Invoices invoices;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    @Order(1)
    void octoberIsTheFirstMonthInvoiced() {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
        Company early = register("Tidlig AS");
        CustomerAccount account = companies.openCustomerAccount(early.id(), "61000001", "Drift");
        earlyCompanyId = early.id();
        activate(early, account, "+4791000001", "FRI_5", SINCE_2025);  // terminated on 11.10 after October is invoiced
        activate(early, account, "+4791000002", "FRI_1", SINCE_2025);  // FRI_20 from 21.10 after November is invoiced
        activate(early, account, "+4791000003", "BASIS", SINCE_2025);
        Company leaving = register("Slutt AS");
        leavingCompanyId = leaving.id();
        activate(leaving, companies.openCustomerAccount(leaving.id(), "63000001", "Alle"), "+4794000001", "FRI_20", SINCE_2025);

        runInvoices.run(OCTOBER);

        InvoiceDetail october = only(early.id());
        earlyOctober = october.summary().number();
        assertThat(feeLines(october, "+4791000001")).containsExactly("Bedrift Fri 5 GB|01.10.2026–31.10.2026|1 mnd|279.00");
        assertThat(october.summary().amountExclVat()).isEqualByComparingTo("527.00"); // 279.00 + 199.00 + 49.00
    }

    /**
     * The reporter's finding: a company onboarded after October was invoiced, with lines active
     * since 2025 (one ended on 22.10.2026) and October usage, got October's usage and extra package
     * on November's invoice but not October's fees, 2,047.81 excl. VAT: 199.00 (FRI_1) + 4 × 279.00
     * (FRI_5) + 2 × 299.00 (MBB_50) + 199.00 × 21/31 = 134.81 (the FRI_1 that ended on the 22nd).
     */
    @Test
    @Order(2)
    void aCompanyOnboardedAfterOctoberWasInvoicedGetsOctobersFeesOnNovembersInvoice() throws Exception {
        Company late = register("Sen AS");
        CustomerAccount account = companies.openCustomerAccount(late.id(), "62000001", "Alle");
        activate(late, account, "+4792000001", "FRI_1", SINCE_2025);
        activate(late, account, "+4792000002", "FRI_5", SINCE_2025);
        activate(late, account, "+4792000003", "FRI_5", SINCE_2025);
        activate(late, account, "+4792000004", "FRI_5", SINCE_2025);
        activate(late, account, "+4792000005", "FRI_5", SINCE_2025);
        activate(late, account, "+4792000006", "MBB_50", SINCE_2025);
        activate(late, account, "+4792000007", "MBB_50", SINCE_2025);
        activate(late, account, "+4792000008", "FRI_1", SINCE_2025);
        subscriptions.terminate("+4792000008", LocalDate.of(2026, 10, 22));
        ingest.ingest(file("""
                sen-1,+4792000002,SMS,2026-10-20T09:00:00+02:00,MO,91234567,NO,,,,,,
                sen-2,+4792000001,CONTENT,2026-10-04T12:00:00+02:00,,2020,NO,,,45.00,25,EasyPark,Parkering
                """), "sen-october.csv", CdrSource.UPLOAD);
        buyExtraPackage.buy("+4792000002", "EXTRA_5", Payer.COMPANY, Instant.parse("2026-10-10T10:00:00Z"), "OPERATOR");
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        subscriptions.terminate("+4791000001", LocalDate.of(2026, 10, 11)); // backdated into invoiced October
        Company newOwner = register("Ny Eier AS");                            // the number moved on the 11th
        newOwnerCompanyId = newOwner.id();
        activate(newOwner, companies.openCustomerAccount(newOwner.id(), "64000001", "Alle"), "+4791000001", "FRI_5",
                LocalDate.of(2026, 10, 11));

        runInvoices.run(NOVEMBER);

        InvoiceDetail november = only(late.id());
        List<InvoiceLine> octoberFees = fees(november).stream().filter(line -> YearMonth.from(line.periodStart()).equals(OCTOBER))
                .toList();
        assertThat(LineAmounts.sumExclVat(octoberFees)).isEqualByComparingTo("2047.81");
        assertThat(feeLines(november, "+4792000008"))
                .containsExactly("Bedrift Fri 1 GB (21 av 31 dager)|01.10.2026–21.10.2026|0.677 mnd|134.81");
        assertThat(feeLines(november, "+4792000002")).containsExactly(
                "Bedrift Fri 5 GB|01.10.2026–31.10.2026|1 mnd|279.00",
                "Bedrift Fri 5 GB|01.11.2026–30.11.2026|1 mnd|279.00");
        // November: 199.00 + 4 × 279.00 + 2 × 299.00; usage and the package of October as before
        assertThat(LineAmounts.sumExclVat(fees(november).stream()
                .filter(line -> YearMonth.from(line.periodStart()).equals(NOVEMBER)).toList())).isEqualByComparingTo("1913.00");
        assertThat(november.summary().periodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        // fees 2047.81 + 1913.00, EasyPark 45.00, the extra package 199.00 (the SMS is in the plan: 0.00)
        assertThat(november.summary().amountExclVat()).isEqualByComparingTo("4204.81");
    }

    /** The mirror of the finding: a termination backdated into invoiced October is credited by the surplus on November's invoice. */
    @Test
    @Order(3)
    void aBackdatedTerminationIsCreditedByTheSurplusWithItsPeriodAndTheInvoiceThatBilledIt() {
        InvoiceDetail november = latest(earlyCompanyId);
        earlyNovember = november.summary().number();

        // 279.00 billed for October; 10 of 31 days remain: 279.00 × 10/31 = 90.00, so 189.00 is credited
        assertThat(feeLines(november, "+4791000001")).containsExactly("Kreditering: Bedrift Fri 5 GB 11.10.2026–31.10.2026 "
                + "(faktura " + earlyOctober + ")|11.10.2026–31.10.2026|-0.677 mnd|-189.00");
        assertThat(feeLines(november, "+4791000002")).containsExactly("Bedrift Fri 1 GB|01.11.2026–30.11.2026|1 mnd|199.00");
        assertThat(november.summary().amountExclVat()).isEqualByComparingTo("59.00"); // −189.00 + 199.00 + 49.00
        assertThat(november.summary().total()).isEqualByComparingTo("73.75");
        assertThat(november.summary().type()).isEqualTo(DocumentType.INVOICE);
        // the number's new owner is billed from the day it took it over: 279.00 × 21/31 = 189.00
        assertThat(feeLines(only(newOwnerCompanyId), "+4791000001")).containsExactly(
                "Bedrift Fri 5 GB (21 av 31 dager)|11.10.2026–31.10.2026|0.677 mnd|189.00",
                "Bedrift Fri 5 GB|01.11.2026–30.11.2026|1 mnd|279.00");
    }

    /**
     * December: a plan change backdated across two invoiced months is credited and billed month by
     * month; a company whose only line ended before October was invoiced gets a credit note.
     */
    @Test
    @Order(4)
    void aPlanChangeAcrossInvoicedMonthsAndCreditsLargerThanTheMonth() throws Exception {
        subscriptions.changePlan("+4791000002", "FRI_20", LocalDate.of(2026, 10, 21));
        subscriptions.terminate("+4794000001", LocalDate.of(2026, 10, 1));
        clock.set(Instant.parse("2027-01-02T09:00:00Z"));

        runInvoices.run(DECEMBER);

        InvoiceDetail december = latest(earlyCompanyId);
        assertThat(feeLines(december, "+4791000002")).containsExactly(
                "Kreditering: Bedrift Fri 1 GB 21.10.2026–31.10.2026 (faktura " + earlyOctober + ")|21.10.2026–31.10.2026|-0.355 mnd|-70.61",
                "Bedrift Fri 20 GB (11 av 31 dager)|21.10.2026–31.10.2026|0.355 mnd|123.84",
                "Kreditering: Bedrift Fri 1 GB 01.11.2026–30.11.2026 (faktura " + earlyNovember + ")|01.11.2026–30.11.2026|-1 mnd|-199.00",
                "Bedrift Fri 20 GB|01.11.2026–30.11.2026|1 mnd|349.00",
                "Bedrift Fri 20 GB|01.12.2026–31.12.2026|1 mnd|349.00");
        assertThat(feeLines(december, "+4791000001")).isEmpty();
        // 199.00 × 20/31 = 128.39 of October stays billed, so 70.61 is credited; 349.00 × 11/31 = 123.84
        assertThat(december.summary().amountExclVat()).isEqualByComparingTo("601.23"); // 552.23 + 49.00
        assertThat(december.summary().vat()).isEqualByComparingTo("150.31");
        assertThat(december.summary().periodStart()).isEqualTo(LocalDate.of(2026, 10, 21));
        assertThat(PeppolRules.validate(invoices.ehf(AccessScope.wholeCompany(earlyCompanyId), december.summary().id())
                .orElseThrow(), PeppolRules.INVOICE).errors()).isEmpty();
        assertThat(pdfText(earlyCompanyId, december.summary().id())).contains("Kreditering: Bedrift Fri 1 GB", "−70,61", "−199,00");

        List<InvoiceSummary> leaving = invoices.list(AccessScope.wholeCompany(leavingCompanyId), InvoiceFilter.all());
        assertThat(leaving).extracting(InvoiceSummary::type)
                .containsExactly(DocumentType.CREDIT_NOTE, DocumentType.INVOICE, DocumentType.INVOICE);
        InvoiceSummary creditNote = leaving.get(0);
        assertThat(creditNote.total()).isEqualByComparingTo("872.50"); // 2 × 349.00 + 25 %
        assertThat(creditNote.creditedNumber()).isEqualTo(leaving.get(1).number());
        assertThat(creditNote.status()).isEqualTo(InvoiceStatus.CREDIT_NOTE);
        assertThat(leaving.get(1).status()).isEqualTo(InvoiceStatus.CREDITED);
        InvoiceDetail creditNoteDetail = invoices.detail(AccessScope.wholeCompany(leavingCompanyId), creditNote.id()).orElseThrow();
        assertThat(feeLines(creditNoteDetail, "+4794000001")).containsExactly(
                "Kreditering: Bedrift Fri 20 GB 01.10.2026–31.10.2026 (faktura " + leaving.get(2).number() + ")|01.10.2026–31.10.2026|1 mnd|349.00",
                "Kreditering: Bedrift Fri 20 GB 01.11.2026–30.11.2026 (faktura " + leaving.get(1).number() + ")|01.11.2026–30.11.2026|1 mnd|349.00");
        assertThat(PeppolRules.validate(invoices.ehf(AccessScope.wholeCompany(leavingCompanyId), creditNote.id()).orElseThrow(),
                PeppolRules.CREDIT_NOTE).errors()).isEmpty();
    }

    /** The property: over the runs so far, each subscription's fee lines per month add up to a fresh invoice for its days. */
    @Test
    @Order(5)
    void everyActiveDayIsBilledOnceUnderThePlanItHad() {
        assertEveryMonthBilledAsAFreshInvoiceWould(DECEMBER);
        assertThat(jdbc.sql("select count(*) from invoice_line where kind = 'SUBSCRIPTION_FEE'").query(Long.class).single())
                .as("every fee line is in the ledger")
                .isEqualTo(jdbc.sql("select count(*) from fee_ledger").query(Long.class).single());
    }

    /** With nothing changed, the next run bills the new month only, and running a month again changes nothing. */
    @Test
    @Order(6)
    void aRunWithNothingChangedBillsItsMonthOnly() {
        long ledgerBefore = jdbc.sql("select count(*) from fee_ledger").query(Long.class).single();
        assertThat(runInvoices.run(DECEMBER).alreadyRun()).isTrue();
        clock.set(Instant.parse("2027-02-01T09:00:00Z"));

        runInvoices.run(DECEMBER.plusMonths(1));

        assertThat(fees(latest(earlyCompanyId))).extracting(line -> line.periodStart().toString())
                .containsExactly("2027-01-01", "2027-01-01");
        assertThat(jdbc.sql("select count(*) from fee_ledger where month < '2027-01-01'")
                .query(Long.class).single()).isEqualTo(ledgerBefore);
        assertEveryMonthBilledAsAFreshInvoiceWould(DECEMBER.plusMonths(1));
    }

    private void assertEveryMonthBilledAsAFreshInvoiceWould(YearMonth through) {
        Map<String, PricePlan> plans = catalog.plans().stream().collect(Collectors.toMap(PricePlan::code, Function.identity()));
        Map<String, BigDecimal> billed = new TreeMap<>();
        jdbc.sql("""
                select l.subscription_id, date_trunc('month', l.period_start)::date as month,
                       sum(case when i.type = 'CREDIT_NOTE' then -l.amount_excl_vat else l.amount_excl_vat end) as amount
                from invoice_line l join invoice i on i.company_id = l.company_id and i.invoice_id = l.invoice_id
                where l.kind = 'SUBSCRIPTION_FEE' and i.invoice_run_id is not null
                group by 1, 2""")
                .query(rs -> {
                    if (rs.getBigDecimal("amount").signum() != 0) {
                        billed.put(rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class), rs.getBigDecimal("amount"));
                    }
                });
        Map<String, BigDecimal> fresh = new TreeMap<>();
        for (Company company : companies.list()) {
            List<Subscription> all = subscriptions.list(AccessScope.wholeCompany(company.id()));
            Map<Long, List<TermChange>> histories = subscriptions.histories(company.id(), all.stream().map(Subscription::id).toList());
            for (Subscription subscription : all) {
                for (YearMonth month = OCTOBER; !month.isAfter(through); month = month.plusMonths(1)) {
                    BigDecimal amount = FreshFees.total(plans, subscription, histories.get(subscription.id()), month);
                    if (amount.signum() != 0) {
                        fresh.put(subscription.id() + "|" + month.atDay(1), amount);
                    }
                }
            }
        }
        assertThat(billed).as("fee lines per subscription and month").isEqualTo(fresh);
        assertThat(fresh).hasSizeGreaterThan(20);
    }

    private Company register(String name) {
        return companies.register(new RegisterCompany(CompanyMother.nextOrgNumber(), name, "Kaigata 1", "5003", "Bergen",
                null, 14));
    }

    private void activate(Company company, CustomerAccount account, String msisdn, String plan, LocalDate from) {
        subscriptions.activate(new ActivateSubscription(company.id(), msisdn, plan, account.id(), null, from, false, null));
    }

    private InvoiceDetail latest(long companyId) {
        InvoiceSummary latest = invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all()).get(0);
        return invoices.detail(AccessScope.wholeCompany(companyId), latest.id()).orElseThrow();
    }

    private String pdfText(long companyId, long invoiceId) throws Exception {
        try (PDDocument document = Loader.loadPDF(invoices.pdf(AccessScope.wholeCompany(companyId), invoiceId).orElseThrow())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    private InvoiceDetail only(long companyId) {
        List<InvoiceSummary> all = invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all());
        assertThat(all).hasSize(1);
        return invoices.detail(AccessScope.wholeCompany(companyId), all.get(0).id()).orElseThrow();
    }

    private static List<InvoiceLine> fees(InvoiceDetail detail) {
        return detail.subscriptions().stream().flatMap(subscription -> subscription.lines().stream())
                .filter(line -> line.kind() == LineKind.SUBSCRIPTION_FEE).toList();
    }

    private static List<String> feeLines(InvoiceDetail detail, String msisdn) {
        return fees(detail).stream().filter(line -> line.msisdn().equals(msisdn))
                .map(line -> line.description() + "|" + NorwegianFormat.period(line.periodStart(), line.periodEnd()) + "|"
                        + line.quantity().stripTrailingZeros().toPlainString() + " " + line.unit() + "|"
                        + line.amountExclVat().toPlainString())
                .toList();
    }

    private static Path file(String lines) throws Exception {
        Path file = Files.createTempFile("cdr", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n" + lines);
        return file;
    }
}
