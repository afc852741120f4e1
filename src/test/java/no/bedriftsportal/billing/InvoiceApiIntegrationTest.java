package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.identity.CreatedToken;
import no.bedriftsportal.billing.ArchiveMother.Archive;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiMoney;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.shared.api.Cursor;

/**
 * The company API's invoices and payments (#13.2) on a real database: the archive of
 * {@link ArchiveMother} (61 documents, two customer numbers) paged by cursor to the same documents
 * and figures the portal's archive shows for the same filter; one invoice with lines, its payments,
 * PDF and EHF opened and read; a token's customer numbers and another company's token; 400 problems.
 */
@PortalIntegrationTest
@Import(ArchiveMother.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ArchiveMother archiveMother;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    CompanyMother companies;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    Archive archive;
    TestCompany company;
    CompanyApiClient api;

    @BeforeAll
    void anArchiveAndATokenForAllOfIt() {
        archive = archiveMother.archive();
        company = archive.company();
        api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.INVOICES_READ));
    }

    @Test
    void pagesJoinToTheWholeArchiveWithTheFiguresThePortalShows() {
        List<Map<String, Object>> items = all(api, "/api/v1/invoices?limit=25", 3);

        assertThat(items).extracting(item -> number(item.get("number"))).doesNotHaveDuplicates()
                .containsExactlyElementsOf(archive.invoices().stream().map(InvoiceSummary::number).toList());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            InvoiceSummary invoice = archive.invoices().get(i);
            assertThat(item).as("invoice %d", invoice.number())
                    .containsEntry("id", (int) invoice.id())
                    .containsEntry("customerNumber", invoice.customerNumber())
                    .containsEntry("type", invoice.type().name().toLowerCase())
                    .containsEntry("status", invoice.status().name().toLowerCase())
                    .containsEntry("issueDate", invoice.issueDate().toString())
                    .containsEntry("kid", invoice.kid())
                    .containsEntry("amountExclVat", ApiMoney.of(invoice.amountExclVat()))
                    .containsEntry("vat", ApiMoney.of(invoice.vat()))
                    .containsEntry("total", ApiMoney.of(invoice.total()))
                    .containsEntry("paid", ApiMoney.of(invoice.paid()))
                    .containsEntry("remaining", ApiMoney.of(invoice.remaining()));
            assertThat(item.get("dueDate")).isEqualTo(invoice.dueDate() == null ? null : invoice.dueDate().toString());
        }
        assertThat(items.get(0)).extracting("links").isEqualTo(Map.of("self", "/api/v1/invoices/" + archive.invoices().get(0).id(),
                "pdf", "/api/v1/invoices/" + archive.invoices().get(0).id() + "/pdf",
                "ehf", "/api/v1/invoices/" + archive.invoices().get(0).id() + "/ehf"));
        assertThat(numbers(api.get("/api/v1/invoices"))).as("100 by default: all 61 at once").hasSize(61);
    }

    @Test
    void eachFilterFindsWhatThePortalsArchiveFinds() {
        String drift = company.account(1).number();
        for (InvoiceStatus status : InvoiceStatus.values()) {
            assertThat(numbers(api.get("/api/v1/invoices?status=" + status.name().toLowerCase()))).as(status.name())
                    .isNotEmpty().containsExactlyElementsOf(portal(new InvoiceFilter(null, status, null, null)));
        }
        assertThat(numbers(api.get("/api/v1/invoices?customerNumber=" + drift)))
                .containsExactlyElementsOf(portal(new InvoiceFilter(company.account(1).id(), null, null, null)));
        assertThat(numbers(api.get("/api/v1/invoices?customerNumber=" + drift + "&status=paid")))
                .containsExactlyElementsOf(portal(new InvoiceFilter(company.account(1).id(), InvoiceStatus.PAID, null, null)));
        LocalDate today = Oslo.today(clock);
        LocalDate from = today.minusMonths(6);
        LocalDate to = today.minusMonths(2);
        assertThat(numbers(api.get("/api/v1/invoices?from=" + from + "&to=" + to))).hasSize(2 * 5 + 1)
                .containsExactlyElementsOf(expected(invoice -> !invoice.issueDate().isBefore(from) && !invoice.issueDate().isAfter(to)));
        InvoiceSummary one = archive.invoices().get(7);
        assertThat(numbers(api.get("/api/v1/invoices?number=" + one.number()))).containsExactly(one.number());
        assertThat(numbers(api.get("/api/v1/invoices?number=" + archive.othersInvoice().number()))).isEmpty();
    }

    @Test
    void aTokenOfOneCustomerNumberSeesOnlyItsInvoicesAndPayments() {
        long drift = company.account(1).id();
        CompanyApiClient limited = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), Set.of(drift), ApiScope.INVOICES_READ));
        InvoiceSummary salgs = archive.of(company.account(0).id()).get(0);

        assertThat(numbers(limited.get("/api/v1/invoices")))
                .containsExactlyElementsOf(archive.of(drift).stream().map(InvoiceSummary::number).toList());
        for (String path : List.of("", "/pdf", "/ehf")) {
            Response refused = limited.get("/api/v1/invoices/" + salgs.id() + path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        Response otherNumber = limited.get("/api/v1/invoices?customerNumber=" + company.account(0).number());
        assertThat(otherNumber.status()).isEqualTo(400);
        assertThat(otherNumber.<String>json("$.errors[0].field")).isEqualTo("customerNumber");
        assertThat(all(limited, "/api/v1/payments", 1)).extracting(payment -> ((Map<?, ?>) payment.get("invoice")).get("number"))
                .map(InvoiceApiIntegrationTest::number)
                .containsExactlyInAnyOrderElementsOf(archive.of(drift).stream().filter(invoice -> invoice.paid().signum() > 0)
                        .map(InvoiceSummary::number).toList());
    }

    @Test
    void anotherCompanysTokenNeverSeesThem() {
        CompanyApiClient others = new CompanyApiClient(port, apiTokens.tokenFor(archive.othersInvoice().companyId(),
                ApiScope.INVOICES_READ));
        InvoiceSummary victims = archive.invoices().get(0);

        assertThat(numbers(others.get("/api/v1/invoices"))).containsExactly(archive.othersInvoice().number());
        for (String path : List.of("", "/pdf", "/ehf")) {
            assertThat(others.get("/api/v1/invoices/" + victims.id() + path).status()).as(path).isEqualTo(404);
            assertThat(api.get("/api/v1/invoices/" + archive.othersInvoice().id() + path).status()).as(path).isEqualTo(404);
        }
        Response payments = others.get("/api/v1/payments");
        assertThat(payments.<List<Object>>json("$.items")).isEmpty();
        assertThat(payments.body()).doesNotContain(company.account(0).number(), company.account(1).number());
    }

    @Test
    void badParametersAre400ProblemsNamingThem() {
        Map<String, String> refused = Map.of(
                "/api/v1/invoices?status=open", "status",
                "/api/v1/invoices?from=2026-13-01", "from",
                "/api/v1/invoices?to=31.12.2026", "to",
                "/api/v1/invoices?from=2026-05-01&to=2026-04-30", "to",
                "/api/v1/invoices?number=12a", "number",
                "/api/v1/invoices?customerNumber=00000000", "customerNumber",
                "/api/v1/invoices?limit=0", "limit",
                "/api/v1/invoices?cursor=" + Cursor.of("x", 1).encoded(), "cursor",
                "/api/v1/payments?from=x", "from",
                "/api/v1/payments?cursor=" + Cursor.of("2026-01-01").encoded(), "cursor");
        refused.forEach((path, field) -> {
            Response problem = api.get(path);
            assertThat(problem.status()).as(path).isEqualTo(400);
            assertThat(problem.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(problem.<String>json("$.errors[0].field")).as(path).isEqualTo(field);
            assertThat(problem.<String>json("$.correlationId")).as(path).isNotBlank();
        });
    }

    @Test
    void paymentsPageToEveryPaymentOnTheInvoicesWithTheirSums() {
        List<Map<String, Object>> payments = all(api, "/api/v1/payments?limit=20", 3);

        List<InvoiceSummary> paid = archive.invoices().stream().filter(invoice -> invoice.paid().signum() > 0).toList();
        assertThat(payments).hasSize(paid.size()).extracting(payment -> payment.get("id")).doesNotHaveDuplicates();
        assertThat(payments).extracting(payment -> LocalDate.parse((String) payment.get("paidOn")))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (InvoiceSummary invoice : paid) {
            List<Map<String, Object>> on = payments.stream()
                    .filter(payment -> number(((Map<?, ?>) payment.get("invoice")).get("number")) == invoice.number()).toList();
            assertThat(on).as("payments on %d", invoice.number()).hasSize(1);
            assertThat(on.get(0)).containsEntry("amount", ApiMoney.of(invoice.paid())).containsEntry("kid", invoice.kid())
                    .containsEntry("source", "manual").containsEntry("customerNumber", invoice.customerNumber());
            assertThat(((Map<?, ?>) on.get(0).get("invoice")).get("id")).isEqualTo((int) invoice.id());
            InvoiceDetail.Payment onThePage = invoices.detail(AccessScope.wholeCompany(company.id()), invoice.id()).orElseThrow()
                    .payments().get(0);
            assertThat(on.get(0)).containsEntry("paidOn", onThePage.paidOn().toString());
        }
        LocalDate from = Oslo.today(clock).minusMonths(4);
        LocalDate to = Oslo.today(clock).minusMonths(1);
        assertThat(all(api, "/api/v1/payments?from=" + from + "&to=" + to + "&customerNumber=" + company.account(0).number(), 1))
                .extracting(payment -> LocalDate.parse((String) payment.get("paidOn")))
                .isNotEmpty().allSatisfy(day -> assertThat(day).isBetween(from, to))
                .hasSize((int) paid.stream().filter(invoice -> invoice.customerAccountId() == company.account(0).id())
                        .filter(invoice -> !invoice.dueDate().minusDays(2).isBefore(from) && !invoice.dueDate().minusDays(2).isAfter(to))
                        .count());
    }

    @Test
    void oneInvoiceWithItsLinesPaymentsPdfAndEhfAndEachDownloadAudited() throws Exception {
        TestCompany buyer = companies.companyWithPaymentTerms(14, "Salg");
        long id = invoiceWithLines(buyer);
        InvoiceSummary summary = invoices.summary(AccessScope.wholeCompany(buyer.id()), id).orElseThrow();
        CreatedToken created = apiTokens.created(buyer.id(), null, null, ApiScope.INVOICES_READ);
        String token = created.secret();
        String actor = created.token().name(); // the log page adds "API-nøkkel «…»" (audit.apiToken), in the page's language

        Response detail = new CompanyApiClient(port, token).get("/api/v1/invoices/" + id);

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.<Integer>json("$.number")).isEqualTo((int) summary.number());
        assertThat(detail.<String>json("$.total")).isEqualTo("1748.25");
        assertThat(detail.<String>json("$.amountExclVat")).isEqualTo("1438.60");
        assertThat(detail.<String>json("$.paid")).isEqualTo("500.00");
        assertThat(detail.<String>json("$.remaining")).isEqualTo("1248.25");
        assertThat(detail.<String>json("$.status")).isEqualTo(summary.status().name().toLowerCase());
        assertThat(detail.<String>json("$.buyerReference")).isEqualTo("Avdeling Ålgård");
        assertThat(detail.<List<String>>json("$.lines[*].description")).hasSize(12).startsWith("Bedrift Fri 5 GB").endsWith("Fakturagebyr");
        assertThat(detail.<Map<String, Object>>json("$.lines[3]")).containsEntry("msisdn", "+4791234567")
                .containsEntry("description", "Data utenfor pakken").containsEntry("quantity", "1534.217").containsEntry("unit", "MB")
                .containsEntry("unitPrice", "0.1000").containsEntry("amountExclVat", "153.42").containsEntry("vatRate", 25);
        assertThat(detail.<Map<String, Object>>json("$.lines[11]")).containsEntry("msisdn", null).containsEntry("kind", "other");
        assertThat(detail.<List<String>>json("$.vatTotals[*].vat")).containsExactly("309.65", "0.00");
        assertThat(detail.<List<Map<String, Object>>>json("$.payments")).containsExactly(
                Map.of("paidOn", summary.issueDate().plusDays(3).toString(), "amount", "500.00", "source", "manual"));

        Binary pdf = download(token, "/api/v1/invoices/" + id + "/pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Length")).hasValue(String.valueOf(pdf.body().length));
        assertThat(pdf.body()).isEqualTo(invoices.pdf(AccessScope.wholeCompany(buyer.id()), id).orElseThrow());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(String.valueOf(summary.number()), summary.kid())
                    .containsPattern("Å betale \\(NOK\\) 1.748,25"); // the group separator as NorwegianFormat writes it
        }
        String etag = pdf.headers().firstValue("ETag").orElseThrow();
        Binary unchanged = download(token, "/api/v1/invoices/" + id + "/pdf", etag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        Binary ehf = download(token, "/api/v1/invoices/" + id + "/ehf", null);
        assertThat(ehf.status()).isEqualTo(200);
        assertThat(ehf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(ehf.headers().firstValue("Content-Length")).hasValue(String.valueOf(ehf.body().length));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document ubl = factory.newDocumentBuilder().parse(new ByteArrayInputStream(ehf.body()));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/*[local-name()='Invoice']/*[local-name()='ID']", ubl)).isEqualTo(String.valueOf(summary.number()));
        assertThat(xpath.evaluate("/*[local-name()='Invoice']/*[local-name()='LegalMonetaryTotal']/*[local-name()='PayableAmount']",
                ubl)).isEqualTo("1748.25");

        assertThat(jdbc.sql("""
                select actor_name || ' ' || (facts->>'kind') || ' ' || (facts->>'reference') from audit_event
                where company_id = :company and action = 'DOWNLOADED' and actor like 'api-token:%' order by audit_event_id""")
                .param("company", buyer.id()).query(String.class).list())
                .as("each download, the one answered 304 too, with the token as the actor")
                .containsExactly(actor + " INVOICE_PDF " + summary.number(), actor + " INVOICE_PDF " + summary.number(),
                        actor + " INVOICE_EHF " + summary.number());
    }

    /** An invoice of two subscriptions' lines and the company's fee ({@link InvoiceMother}: 1 748,25 kr), 500 kr paid. */
    private long invoiceWithLines(TestCompany buyer) {
        List<InvoiceLine> lines = InvoiceMother.invoice().withSubscriptions(2).build().lines();
        LocalDate issued = Oslo.today(clock).minusDays(5);
        long number = repository.takeNumbers(1);
        String customerNumber = buyer.account(0).number();
        long id = repository.insert(new InvoiceRepository.NewInvoice(buyer.id(), buyer.account(0).id(), DocumentType.INVOICE, number,
                null, null, issued, issued.plusDays(14), InvoiceMother.PERIOD_START, InvoiceMother.PERIOD_END,
                Kid.forInvoice(customerNumber, number).value(), "Avdeling Ålgård", InvoiceTotals.of(lines), null));
        repository.insertLines(buyer.id(), id, lines, Map.of());
        repository.insertPayment(buyer.id(), id, new BigDecimal("500.00"), issued.plusDays(3), "MANUAL", "api-test-" + number);
        return id;
    }

    /** Every item of a list, following nextCursor; {@code pages} is how many pages that takes. */
    private static List<Map<String, Object>> all(CompanyApiClient client, String path, int pages) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        int fetched = 0;
        do {
            Response page = client.get(path + (path.contains("?") ? "&" : "?") + (cursor == null ? "" : "cursor=" + cursor));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            items.addAll(page.<List<Map<String, Object>>>json("$.items"));
            cursor = page.json("$.nextCursor");
            fetched++;
        } while (cursor != null && fetched < 10);
        assertThat(fetched).as("pages of " + path).isEqualTo(pages);
        return items;
    }

    private List<Long> portal(InvoiceFilter filter) {
        return invoices.archiveAll(AccessScope.wholeCompany(company.id()),
                        new InvoiceArchiveQuery(null, filter, null, InvoiceSort.DEFAULT, true, 1, InvoiceArchiveQuery.DEFAULT_SIZE))
                .invoices().stream().map(InvoiceSummary::number).toList();
    }

    private List<Long> expected(Predicate<InvoiceSummary> which) {
        return archive.invoices().stream().filter(which).map(InvoiceSummary::number).toList();
    }

    private static List<Long> numbers(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.<List<Object>>json("$.items[*].number").stream().map(InvoiceApiIntegrationTest::number).toList();
    }

    private static long number(Object json) {
        return ((Number) json).longValue();
    }

    private Binary download(String token, String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(response.statusCode(), response.body(), response.headers());
    }

    private record Binary(int status, byte[] body, java.net.http.HttpHeaders headers) {
    }
}
