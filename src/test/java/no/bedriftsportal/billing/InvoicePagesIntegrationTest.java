package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.billing.InvoicedMonthMother.InvoicedMonth;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * F1, F2 and D3 over HTTP, on last month invoiced ({@link InvoicedMonthMother}): Salg paid in full,
 * Drift partly paid and not yet due, and another company's invoice. Its own database, as invoice
 * runs span all companies and go in month order.
 */
@PortalIntegrationTest
@Import(InvoicedMonthMother.class)
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-invoice-pages")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoicePagesIntegrationTest {

    private static final char NBSP = '\u00a0';

    @LocalServerPort
    int port;

    @Autowired
    InvoicedMonthMother invoicedMonth;

    @Autowired
    SmsOutbox outbox;

    TestCompany company;
    Msisdn superUser;
    Msisdn salesLine;
    Msisdn operationsLine;
    InvoiceSummary sales;
    InvoiceSummary operations;
    InvoiceSummary otherCompanys;
    PortalHttpClient admin;
    PortalHttpClient limited;
    Msisdn limitedUser;

    @Autowired
    JdbcClient jdbc;
    PortalHttpClient dashboardOnly;

    @BeforeAll
    void lastMonthInvoicedAndThreeUsersSignedIn() {
        InvoicedMonth month = invoicedMonth.lastMonth();
        company = month.company();
        superUser = month.superUser();
        salesLine = month.salesLine();
        operationsLine = month.operationsLine();
        sales = month.sales();
        operations = month.operations();
        otherCompanys = month.otherCompanys();
        admin = signedIn(superUser);
        limitedUser = month.operationsUser();
        limited = signedIn(limitedUser);
        dashboardOnly = signedIn(month.dashboardOnlyUser());
    }

    @Test
    void aSuperUserSeesEveryInvoiceWithItsTotalDatesAndStatus() {
        Page list = admin.get("/invoices");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("<a href=\"/invoices\" aria-current=\"page\">Faktura</a>", "<h1>Faktura</h1>",
                "2 treff");
        String salesRow = row(list, sales);
        assertThat(salesRow).contains("<a href=\"/invoices/" + sales.id() + "\">" + sales.number() + "</a>",
                company.account(0).number(), "Salg", "1" + NBSP + "290,00" + NBSP + "kr", date(sales.issueDate()),
                date(sales.dueDate()), "data-status=\"PAID\"", "Betalt", "/invoices/" + sales.id() + "/pdf",
                "/invoices/" + sales.id() + "/ehf")
                .doesNotContain("Gjenstår");
        assertThat(row(list, operations)).contains(company.account(1).number(), "Drift", "785,00" + NBSP + "kr",
                "data-status=\"NEW\"", ">Ny<", "Gjenstår 585,00" + NBSP + "kr");
    }

    @Test
    void aUserLimitedToOneCustomerNumberSeesOnlyItsInvoicesAndNothingOfTheOther() {
        Page list = limited.get("/invoices");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("data-invoice-number=\"" + operations.number() + "\"", "1 treff")
                .doesNotContain("data-invoice-number=\"" + sales.number() + "\"", company.account(0).number());
        assertThat(limited.get("/invoices?customerNumber=" + company.account(0).number()).status()).isEqualTo(404);
        assertThat(limited.get("/invoices/" + operations.id()).status()).isEqualTo(200);
        assertThat(limited.get("/invoices/" + sales.id()).status()).isEqualTo(404);
        assertThat(limited.download("/invoices/" + sales.id() + "/pdf").status()).isEqualTo(404);
        assertThat(limited.download("/invoices/" + sales.id() + "/ehf").status()).isEqualTo(404);
    }

    @Test
    void anotherCompanysInvoiceIsNotFound() {
        for (String path : List.of("", "/pdf", "/ehf")) {
            assertThat(admin.download("/invoices/" + otherCompanys.id() + path).status()).as(path).isEqualTo(404);
        }
        assertThat(admin.get("/invoices").body()).doesNotContain("data-invoice-number=\"" + otherCompanys.number() + "\"");
    }

    @Test
    void theInvoicePageShowsPaymentDetailsAmountsAndTheLinesPerSubscription() {
        Page page = admin.get("/invoices/" + sales.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Faktura " + sales.number() + "</h1>", "data-status=\"PAID\"",
                "id=\"invoice-kid\" class=\"nowrap\">" + sales.kid() + "<", "1503.28.12349",
                company.account(0).number() + " – Salg", date(sales.issueDate()), date(sales.dueDate()),
                date(sales.periodStart()) + "–" + date(sales.periodEnd()),
                "1" + NBSP + "052,00" + NBSP + "kr", "Mva 25 % av 952,00" + NBSP + "kr", "238,00" + NBSP + "kr",
                "Mva 0 % av 100,00" + NBSP + "kr", "id=\"invoice-total\">1" + NBSP + "290,00" + NBSP + "kr",
                "Registrert manuelt", "3 abonnementer", "/invoices/" + sales.id() + "/pdf")
                .doesNotContain("id=\"invoice-remaining\"");
        String superUsersLines = subscription(page, superUser);
        assertThat(superUsersLines).startsWith("<details class=\"subscription\" open")
                .contains(superUser.display(), "Ansatt " + superUser.national(), "Bedrift Fri 5 GB",
                        "348,75" + NBSP + "kr", "Redd Barna", "0&nbsp;%", "56,25" + NBSP + "kr",
                        "Sum eks. mva 424,00" + NBSP + "kr", "505,00" + NBSP + "kr");
        assertThat(subscription(page, salesLine)).contains("Bedrift Fri 20 GB", "349,00" + NBSP + "kr", "436,25" + NBSP + "kr");
    }

    @Test
    void includedTrafficShowsNothingToPayAndAPartPaymentLeavesTheRest() {
        Page page = admin.get("/invoices/" + operations.id());

        assertThat(page.body()).contains("data-status=\"NEW\"", "id=\"invoice-remaining\">585,00" + NBSP + "kr",
                "200,00" + NBSP + "kr");
        assertThat(subscription(page, operationsLine)).containsPattern(
                "<th scope=\"row\">Samtaler</th>\\s*<td[^>]*>[^<]+</td>\\s*<td class=\"num nowrap\"[^>]*>2:05</td>\\s*"
                        + "<td class=\"num nowrap\"[^>]*>0,00" + NBSP + "kr</td>");
    }

    @Test
    void thePdfAndTheEhfAreTheInvoiceAsFiles() throws IOException {
        Download pdf = admin.download("/invoices/" + sales.id() + "/pdf");
        Download ehf = admin.download("/invoices/" + sales.id() + "/ehf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"faktura-" + sales.number() + ".pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains(String.valueOf(sales.number()), sales.kid());
        }
        assertThat(ehf.status()).isEqualTo(200);
        assertThat(ehf.header("Content-Type")).startsWith("application/xml");
        assertThat(ehf.header("Content-Disposition")).isEqualTo("attachment; filename=\"faktura-" + sales.number() + ".xml\"");
        assertThat(new String(ehf.content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<cbc:ID>" + sales.number() + "</cbc:ID>", sales.kid());
    }

    @Test
    void aUserWithoutTheInvoicesModuleIsRefusedAndNotShownTheWay() {
        assertThat(dashboardOnly.get("/invoices").status()).isEqualTo(403);
        assertThat(dashboardOnly.get("/invoices/" + sales.id()).status()).isEqualTo(403);
        assertThat(dashboardOnly.download("/invoices/" + sales.id() + "/pdf").status()).isEqualTo(403);
        assertThat(dashboardOnly.get("/").body()).doesNotContain("href=\"/invoices\"");
    }

    @Test
    void theInvoicesModuleCanBeGrantedInTheAccessForm() {
        Page form = admin.get("/settings/access/new");

        assertThat(form.body()).contains("id=\"module-INVOICES\" name=\"modules\" value=\"INVOICES\"", ">Faktura</label>");
    }

    @Test
    void htmxGetsOnlyTheResultsOfTheFilter() {
        Page fragment = admin.getHtmx("/invoices?status=PAID");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html", "<form", "site-header")
                .contains("id=\"invoice-table\"", "1 treff", "data-invoice-number=\"" + sales.number() + "\"")
                .doesNotContain("data-invoice-number=\"" + operations.number() + "\"");
    }

    @Test
    void theFiltersNarrowTheListByStatusCustomerNumberAndMonth() {
        YearMonth issued = YearMonth.from(sales.issueDate());

        assertThat(numbers(admin.get("/invoices?status=NEW"))).containsExactly(operations.number());
        assertThat(numbers(admin.get("/invoices?status=PAID&customerNumber="))).containsExactly(sales.number());
        assertThat(numbers(admin.get("/invoices?customerNumber=" + company.account(1).number()))).containsExactly(
                operations.number());
        assertThat(numbers(admin.get("/invoices?from=" + issued + "&to=" + issued))).containsExactlyInAnyOrder(
                sales.number(), operations.number());
        Page before = admin.get("/invoices?to=" + issued.minusMonths(1));
        assertThat(numbers(before)).isEmpty();
        assertThat(before.body()).contains("Ingen fakturaer passer filteret");
        Page chosen = admin.get("/invoices?status=NEW&customerNumber=" + company.account(1).number());
        assertThat(chosen.body()).contains("<option value=\"NEW\" selected>Ny</option>",
                "<option value=\"" + company.account(1).number() + "\" selected>");
        assertThat(admin.get("/invoices?status=UNPAID").status()).isEqualTo(400);
    }

    @Test
    void theDashboardShowsOpenInvoicesFirstAndHowToPayEachOfThem() {
        Page dashboard = admin.get("/");

        assertThat(dashboard.body()).contains("id=\"card-invoices\"", "data-flip-toggle", "aria-expanded=\"false\"",
                "data-invoice-number=\"" + operations.number() + "\"", "data-invoice-number=\"" + sales.number() + "\"",
                "<a href=\"/invoices/" + sales.id() + "\">" + sales.number() + "</a>",
                date(sales.issueDate()) + " · kundenr." + NBSP + company.account(0).number(),
                "1" + NBSP + "290,00" + NBSP + "kr", "Betalt");
        String back = dashboard.body().substring(dashboard.body().indexOf("id=\"card-invoices-back\""));
        assertThat(back).contains("Faktura " + operations.number() + ", kundenummer " + company.account(1).number(),
                "1503.28.12349", "id=\"card-invoices-kid-" + operations.number() + "\">" + operations.kid() + "<", date(operations.dueDate()),
                "585,00" + NBSP + "kr", "href=\"/invoices/" + operations.id() + "/pdf\"", "Last ned PDF");
        assertThat(dashboard.body().indexOf("data-invoice-number=\"" + operations.number() + "\""))
                .as("the open invoice before the paid one").isLessThan(dashboard.body().indexOf("data-invoice-number=\"" + sales.number() + "\""));
        assertThat(back).as("only open invoices on the back").doesNotContain("card-invoices-kid-" + sales.number());
        assertThat(limited.get("/").body()).contains("id=\"card-invoices\"", "id=\"card-invoices-kid-" + operations.number() + "\">" + operations.kid())
                .doesNotContain("data-invoice-number=\"" + sales.number() + "\"");
        assertThat(dashboardOnly.get("/").body()).doesNotContain("card-invoices");
    }

    @Test
    void everyPdfAndEhfDownloadIsInTheAuditLogInWordsAndARefusedOneIsNot() {
        Msisdn downloader = limitedUser;
        assertThat(limited.download("/invoices/" + operations.id() + "/pdf").status()).isEqualTo(200);
        assertThat(limited.download("/invoices/" + operations.id() + "/ehf").status()).isEqualTo(200);
        assertThat(limited.download("/invoices/" + sales.id() + "/pdf").status()).isEqualTo(404);

        assertThat(jdbc.sql("""
                select facts->>'kind' from audit_event
                where company_id = :c and actor = :actor and action = 'DOWNLOADED' order by audit_event_id""")
                .param("c", company.id()).param("actor", downloader.value()).query(String.class).list())
                .containsExactly("INVOICE_PDF", "INVOICE_EHF");
        String log = admin.get("/settings/audit?action=DOWNLOADED&person=" + downloader.national()).body();
        assertThat(log).contains("Lastet ned faktura " + operations.number() + " som PDF",
                "Lastet ned faktura " + operations.number() + " som EHF")
                .doesNotContain("Lastet ned faktura " + sales.number());
        try {
            assertThat(admin.get("/settings/audit?action=DOWNLOADED&person=" + downloader.national() + "&lang=en").body())
                    .contains("Downloaded invoice " + operations.number() + " as PDF");
        } finally {
            admin.get("/settings/audit?lang=nb");
        }
    }

    private PortalHttpClient signedIn(Msisdn msisdn) {
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(msisdn, outbox);
        return client;
    }

    /** The list row of an invoice, from its {@code <tr>} to its {@code </tr>}. */
    private static String row(Page list, InvoiceSummary invoice) {
        int attribute = list.body().indexOf("data-invoice-number=\"" + invoice.number() + "\"");
        assertThat(attribute).as("a row for invoice " + invoice.number()).isNotNegative();
        return list.body().substring(list.body().lastIndexOf("<tr", attribute), list.body().indexOf("</tr>", attribute));
    }

    /** A subscription's disclosure on the invoice page, from its {@code <details>} to its {@code </details>}. */
    private static String subscription(Page invoicePage, Msisdn msisdn) {
        int attribute = invoicePage.body().indexOf("data-msisdn=\"" + msisdn.value() + "\"");
        assertThat(attribute).as("the lines of " + msisdn).isNotNegative();
        int start = invoicePage.body().lastIndexOf("<details", attribute);
        return invoicePage.body().substring(start, invoicePage.body().indexOf("</details>", attribute));
    }

    private static List<Long> numbers(Page list) {
        assertThat(list.status()).isEqualTo(200);
        return java.util.regex.Pattern.compile("data-invoice-number=\"(\\d+)\"").matcher(list.body()).results()
                .map(match -> Long.parseLong(match.group(1))).toList();
    }

    private static String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }
}
