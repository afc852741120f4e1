package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;

/**
 * B1 as one story, in month order, on its own database (invoice runs span all companies): October
 * invoiced to the øre with pro rata fees, usage, VAT 0 and 25 and the Vipps exclusion; the run again
 * changing nothing; late October usage on November's invoice; payments from an OCR file; a credit
 * note; status over time.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-billing")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceRunIntegrationTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static long companyId;
    private static long octoberNumber;
    private static long novemberNumber;

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
    ImportPayments payments;

    @Autowired
    CreditInvoice creditInvoice;

    @Autowired
    TestClock clock;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    @Order(1)
    void octoberIsInvoicedToTheOre() throws Exception {
        clock.set(Instant.parse("2026-11-20T14:00:00Z")); // the story starts in November 2026, whatever the day
        Company company = companies.register(new RegisterCompany(CompanyMother.nextOrgNumber(), "Faktura Test AS", "Kaigata 1",
                "5003", "Bergen", "faktura@test.no", 14));
        companyId = company.id();
        CustomerAccount sales = companies.openCustomerAccount(companyId, "55000001", "Salg");
        long kari = companies.registerEmployee(companyId, new RegisterEmployee("Kari Berg", null, "1", "5210")).id();
        activate("+4790000001", "FRI_5", LocalDate.of(2025, 1, 1), sales, kari);                 // the whole month
        activate("+4790000002", "BASIS", LocalDate.of(2026, 10, 16), sales, null);               // 16 of 31 days
        activate("+4790000003", "FRI_1", LocalDate.of(2025, 1, 1), sales, null);                 // terminated on the 11th
        subscriptions.terminate("+4790000003", LocalDate.of(2026, 10, 11));
        activate("+4790000004", "FRI_1", LocalDate.of(2025, 1, 1), sales, null);                 // FRI_20 from the 21st
        subscriptions.changePlan("+4790000004", "FRI_20", LocalDate.of(2026, 10, 21));
        ingest.ingest(file("""
                oct-1,+4790000002,VOICE,2026-10-20T08:15:00+02:00,MO,+4722334455,NO,125,,,,,
                oct-2,+4790000002,SMS,2026-10-20T09:00:00+02:00,MO,91234567,NO,,,,,,
                oct-3,+4790000002,SMS,2026-10-21T09:00:00+02:00,MO,91234567,NO,,,,,,
                oct-4,+4790000001,CONTENT,2026-10-04T12:00:00+02:00,,2020,NO,,,45.00,25,EasyPark,Parkering
                oct-5,+4790000001,CONTENT,2026-10-05T12:00:00+02:00,,2160,NO,,,100.00,0,Redd Barna,Innsamling
                oct-6,+4790000001,VOICE,2026-10-06T10:00:00+02:00,MO,1881,NO,95,,,,,
                oct-7,+4790000001,DATA,2026-10-07T10:00:00+09:00,,,JP,,52428800,,,,
                """), "october.csv", CdrSource.UPLOAD);
        buyExtraPackage.buy("+4790000001", "EXTRA_5", Payer.COMPANY, Instant.parse("2026-10-10T10:00:00Z"), "OPERATOR");
        buyExtraPackage.buy("+4790000001", "EXTRA_1", Payer.SALARY, Instant.parse("2026-10-12T10:00:00Z"), "OPERATOR");
        buyExtraPackage.buy("+4790000001", "EXTRA_15", Payer.VIPPS, Instant.parse("2026-10-14T10:00:00Z"), "OPERATOR");

        InvoiceRunSummary run = runInvoices.run(OCTOBER);

        assertThat(run.invoices()).isEqualTo(1);
        InvoiceSummary invoice = only(companyId);
        octoberNumber = invoice.number();
        // 25 %: fees 279.00 + 25.29 + 64.19 + 128.39 + 123.84, usage 1.02 + 0.78 + 45.00 + 33.49 + 519.05, packages 199 + 79
        assertThat(invoice.amountExclVat()).isEqualByComparingTo("1598.05");
        assertThat(invoice.vat()).isEqualByComparingTo("374.51"); // 25 % of 1498.05 = 374.5125
        assertThat(invoice.total()).isEqualByComparingTo("1972.56");
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(Kid.isValidMod10(invoice.kid())).isTrue();
        assertThat(invoice.kid()).startsWith("55000001");
        InvoiceDetail detail = invoices.detail(AccessScope.wholeCompany(companyId), invoice.id()).orElseThrow();
        assertThat(lines(detail, "+4790000002")).containsExactly(
                "SUBSCRIPTION_FEE|Bedrift Basis (16 av 31 dager)|16.10.2026–31.10.2026|0.516 mnd|25.29|25",
                "USAGE|Samtaler|20.10.2026|2.083 min|1.02|25",
                "USAGE|SMS|20.10.2026–21.10.2026|2 stk|0.78|25");
        assertThat(lines(detail, "+4790000004")).containsExactly(
                "SUBSCRIPTION_FEE|Bedrift Fri 1 GB (20 av 31 dager)|01.10.2026–20.10.2026|0.645 mnd|128.39|25",
                "SUBSCRIPTION_FEE|Bedrift Fri 20 GB (11 av 31 dager)|21.10.2026–31.10.2026|0.355 mnd|123.84|25");
        assertThat(lines(detail, "+4790000001")).contains(
                "CONTENT_SERVICE|Innholdstjeneste – Redd Barna (utenfor mva)|05.10.2026|1 stk|100.00|0",
                "USAGE|Data i utlandet – Resten av verden|07.10.2026|52.429 MB|519.05|25",
                "EXTRA_PACKAGE|Ekstra datapakke 1 GB (kjøpt 12.10.2026, trekkes i lønn)|12.10.2026–31.10.2026|1 stk|79.00|25")
                .noneMatch(line -> line.contains("15 GB"));
        assertThat(detail.subscriptions()).extracting(InvoiceDetail.SubscriptionLines::userName).contains("Kari Berg");
    }

    @Test
    @Order(2)
    void runningAMonthAgainChangesNothingAndMonthsGoInOrder() {
        InvoiceRunSummary again = runInvoices.run(OCTOBER);

        assertThat(again.alreadyRun()).isTrue();
        assertThat(invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all())).hasSize(1);
        assertThatThrownBy(() -> runInvoices.run(YearMonth.of(2026, 9))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("later month");
        assertThatThrownBy(() -> runInvoices.run(YearMonth.of(2026, 11))).hasMessageContaining("has not ended");
    }

    @Test
    @Order(3)
    void usageRatedAfterItsMonthWasInvoicedGoesOnTheNextInvoice() throws Exception {
        ingest.ingest(file("""
                late-1,+4790000002,VOICE,2026-10-30T08:15:00+01:00,MO,+4722334455,NO,60,,,,,
                """), "late.csv", CdrSource.UPLOAD);
        clock.advance(Duration.ofDays(35)); // into January: November has ended

        runInvoices.run(YearMonth.of(2026, 11));

        InvoiceSummary november = invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all()).get(0);
        novemberNumber = november.number();
        assertThat(novemberNumber).isEqualTo(octoberNumber + 1);
        assertThat(november.periodStart()).isEqualTo(LocalDate.of(2026, 10, 30));
        // fees 279.00 (FRI_5) + 49.00 (BASIS) + 349.00 (FRI_20), late October call 0.49 × 60/60
        assertThat(november.amountExclVat()).isEqualByComparingTo("677.49");
        assertThat(november.vat()).isEqualByComparingTo("169.37");
        assertThat(november.total()).isEqualByComparingTo("846.86");
        InvoiceDetail detail = invoices.detail(AccessScope.wholeCompany(companyId), november.id()).orElseThrow();
        assertThat(lines(detail, "+4790000002")).contains("USAGE|Samtaler|30.10.2026|1 min|0.49|25");
    }

    @Test
    @Order(4)
    void theDocumentsSayWhatTheLawAsksAndTheEhfPassesThePeppolRules() throws Exception {
        InvoiceSummary october = invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all()).get(1);
        byte[] pdf = invoices.pdf(AccessScope.wholeCompany(companyId), october.id()).orElseThrow();
        byte[] ehf = invoices.ehf(AccessScope.wholeCompany(companyId), october.id()).orElseThrow();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
        assertThat(text).contains("Faktura", String.valueOf(octoberNumber), october.kid(), "15.11.2026", "MVA",
                "Foretaksregisteret", "Faktura Test AS", "1 972,56", "900 00 001", "Kari Berg");
        PeppolRules.Findings findings = PeppolRules.validate(ehf, PeppolRules.INVOICE);
        assertThat(findings.errors()).isEmpty();
        assertThat(invoices.pdf(AccessScope.wholeCompany(companyId), october.id()).orElseThrow()).isEqualTo(pdf);
    }

    @Test
    @Order(5)
    void ocrPaymentsAreMatchedByKidOnceAndBadFilesAreRefusedWhole() throws Exception {
        List<InvoiceSummary> all = invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all());
        InvoiceSummary november = all.get(0);
        InvoiceSummary october = all.get(1);
        OcrGiroFile ocr = new OcrGiroFile("0000042", List.of(new OcrAssignment("001008566", "0000001", "15032812349", List.of(
                new OcrPayment(1, LocalDate.of(2026, 11, 14), new BigDecimal("1972.56"), october.kid(), "12345678903", "13"),
                new OcrPayment(2, LocalDate.of(2026, 12, 10), new BigDecimal("500.00"), november.kid(), "12345678903", "13"),
                new OcrPayment(3, LocalDate.of(2026, 12, 10), new BigDecimal("10.00"), "1234567890123455", "", "13")))));
        Path file = Files.createTempFile("ocr", ".txt");
        Files.write(file, OcrGiroWriter.write(ocr));

        OcrImportSummary first = payments.importFile(file, "ocr-1.txt", "UPLOAD");
        OcrImportSummary again = payments.importFile(file, "ocr-1-again.txt", "UPLOAD");

        assertThat(List.of(first.transactions(), first.applied(), first.unmatched(), first.refused())).containsExactly(3, 2, 1, 0);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(payments.unmatched()).extracting(ImportPayments.UnmatchedPayment::kid).contains("1234567890123455");
        List<InvoiceSummary> after = invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all());
        assertThat(after.get(1).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(after.get(0).status()).isEqualTo(InvoiceStatus.OVERDUE); // due 15.12, the clock is in January
        assertThat(after.get(0).remaining()).isEqualByComparingTo("346.86");
        assertThat(after.get(0).partlyPaid()).isTrue();

        byte[] reSent = OcrGiroWriter.write(new OcrGiroFile("0000043", List.of(new OcrAssignment("001008566", "0000001",
                "15032812349", List.of(ocr.payments().get(0))))));
        Files.write(file, reSent);
        OcrImportSummary otherTransmission = payments.importFile(file, "ocr-2.txt", "UPLOAD");
        assertThat(otherTransmission.applied()).isEqualTo(1); // another transmission: a new transaction, not a repeat

        List<String> records = new java.util.ArrayList<>(List.of(
                new String(OcrGiroWriter.write(ocr), java.nio.charset.StandardCharsets.ISO_8859_1).split("\r?\n")));
        int amountItem = java.util.stream.IntStream.range(0, records.size())
                .filter(i -> records.get(i).startsWith("30", 6)).findFirst().orElseThrow();
        String item = records.get(amountItem); // one øre more in an amount: the end records no longer add up
        records.set(amountItem, item.substring(0, 48) + (char) ('0' + (item.charAt(48) - '0' + 1) % 10) + item.substring(49));
        Files.writeString(file, String.join("\n", records) + "\n", java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> payments.importFile(file, "broken.txt", "UPLOAD")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refused whole");
    }

    @Test
    @Order(6)
    void aCreditNoteSettlesAnInvoiceFromTheSameSeries() throws Exception {
        InvoiceSummary creditNote = creditInvoice.credit(novemberNumber, "Feil plan fakturert");

        assertThat(creditNote.number()).isGreaterThan(novemberNumber);
        assertThat(creditNote.status()).isEqualTo(InvoiceStatus.CREDIT_NOTE);
        assertThat(creditNote.creditedNumber()).isEqualTo(novemberNumber);
        assertThat(creditNote.total()).isEqualByComparingTo("846.86");
        InvoiceSummary november = invoices.list(AccessScope.wholeCompany(companyId), InvoiceFilter.all()).stream()
                .filter(summary -> summary.number() == novemberNumber).findFirst().orElseThrow();
        assertThat(november.status()).isEqualTo(InvoiceStatus.CREDITED);
        byte[] ehf = invoices.ehf(AccessScope.wholeCompany(companyId), creditNote.id()).orElseThrow();
        assertThat(PeppolRules.validate(ehf, PeppolRules.CREDIT_NOTE).errors()).isEmpty();
        assertThatThrownBy(() -> creditInvoice.credit(novemberNumber, "igjen")).hasMessageContaining("credited already");
    }

    @Test
    @Order(7)
    void theOperatorApiRunsShowsAndDownloads() {
        no.bedriftsportal.OperatorApiClient operator = new no.bedriftsportal.OperatorApiClient(port);

        no.bedriftsportal.OperatorApiClient.Response again = operator.post("/api/operator/invoice-runs", "{\"month\": \"2026-10\"}");
        no.bedriftsportal.OperatorApiClient.Response badMonth = operator.post("/api/operator/invoice-runs", "{\"month\": \"okt\"}");
        no.bedriftsportal.OperatorApiClient.Response invoice = operator.get("/api/operator/invoices/" + octoberNumber);
        no.bedriftsportal.OperatorApiClient.Response pdf = operator.get("/api/operator/invoices/" + octoberNumber + "/pdf");
        no.bedriftsportal.OperatorApiClient.Response missing = operator.get("/api/operator/invoices/1");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<Boolean>json("$.alreadyRun")).isTrue();
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.<String>json("$.errors[0].field")).isEqualTo("month");
        assertThat(invoice.<String>json("$.summary.status")).isEqualTo("PAID");
        assertThat(invoice.<Integer>json("$.subscriptions.length()")).isEqualTo(4);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(operator.get("/api/operator/unmatched-payments").body()).contains("1234567890123455");
    }

    private void activate(String msisdn, String plan, LocalDate from, CustomerAccount account, Long employeeId) {
        subscriptions.activate(new ActivateSubscription(companyId, msisdn, plan, account.id(), employeeId, from, false, null));
    }

    private InvoiceSummary only(long company) {
        List<InvoiceSummary> all = invoices.list(AccessScope.wholeCompany(company), InvoiceFilter.all());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static List<String> lines(InvoiceDetail detail, String msisdn) {
        return detail.subscriptions().stream().filter(subscription -> subscription.msisdn().equals(msisdn))
                .flatMap(subscription -> subscription.lines().stream())
                .map(line -> line.kind() + "|" + line.description() + "|"
                        + NorwegianFormat.period(line.periodStart(), line.periodEnd()) + "|"
                        + line.quantity().stripTrailingZeros().toPlainString() + " " + line.unit() + "|"
                        + line.amountExclVat().toPlainString() + "|" + line.vatRate())
                .toList();
    }

    private static Path file(String lines) throws Exception {
        Path file = Files.createTempFile("cdr", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n" + lines);
        return file;
    }

}
