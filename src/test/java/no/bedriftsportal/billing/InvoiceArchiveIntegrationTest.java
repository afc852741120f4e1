package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.billing.ArchiveMother.Archive;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The invoice archive (#12.8) over HTTP on a real database: 61 documents of two customer numbers
 * ({@link ArchiveMother}) paged, sorted and searched by SQL; the totals of the whole selection
 * agree with the invoices one by one (as {@link InvoiceSummary} judges each) and with the Excel and
 * CSV files to the øre; a user granted one customer number sees only its invoices and sums.
 */
@PortalIntegrationTest
@Import(ArchiveMother.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceArchiveIntegrationTest {

    private static final Pattern NUMBER = Pattern.compile("data-invoice-number=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ArchiveMother archiveMother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    Archive archive;
    PortalHttpClient admin;
    PortalHttpClient limited;

    @BeforeAll
    void anArchiveAndTwoUsersSignedIn() {
        archive = archiveMother.archive();
        admin = signedIn(archive.superUser());
        limited = signedIn(archive.operationsUser());
    }

    @Test
    void theFixtureHasWhatTheTestsNeed() {
        assertThat(archive.invoices()).hasSize(2 * (ArchiveMother.MONTHS + 1) + 1);
        assertThat(archive.invoices()).extracting(InvoiceSummary::status).contains(InvoiceStatus.values());
    }

    @Test
    void theListIsPagedByTheDatabaseTwentyFiveAtATimeWithLinksToEveryPage() {
        Page first = admin.get("/invoices");

        assertThat(first.status()).isEqualTo(200);
        assertThat(numbers(first)).hasSize(25);
        assertThat(first.body()).contains("61 treff", "Viser 1–25 av 61",
                "<a id=\"page-1\" href=\"/invoices\" hx-get=\"/invoices\"",
                "aria-label=\"Side 1\" aria-current=\"page\">1</a>", "href=\"/invoices?page=3\"", "rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        List<Long> everyPage = new ArrayList<>(numbers(first));
        everyPage.addAll(numbers(admin.get("/invoices?page=2")));
        Page last = admin.get("/invoices?page=3");
        everyPage.addAll(numbers(last));

        assertThat(numbers(last)).hasSize(11);
        assertThat(last.body()).contains("Viser 51–61 av 61", "aria-current=\"page\">3</a>", "rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(everyPage).doesNotHaveDuplicates()
                .containsExactlyElementsOf(sorted(archive.invoices(), Comparator.comparing(InvoiceSummary::issueDate)
                        .thenComparing(InvoiceSummary::number).reversed()).stream().map(InvoiceSummary::number).toList());
        assertThat(numbers(admin.get("/invoices?page=99"))).as("past the last page: the last").isEqualTo(numbers(last));
        assertThat(numbers(admin.get("/invoices?size=50"))).hasSize(50);
        assertThat(numbers(admin.get("/invoices?size=100"))).hasSize(61);
        assertThat(admin.get("/invoices?size=100").body()).contains("<option value=\"100\" selected>100</option>")
                .doesNotContain("id=\"page-next\"");
        assertThat(admin.get("/invoices?size=30").status()).isEqualTo(400);
        assertThat(admin.get("/invoices?page=x").status()).isEqualTo(400);
    }

    @Test
    void eachSortableColumnSortsBothWaysAndSaysSo() {
        Comparator<InvoiceSummary> byNumber = Comparator.comparing(InvoiceSummary::number);
        assertSorted("sort=amount&dir=asc", Comparator.comparing(InvoiceSummary::signedTotal).thenComparing(byNumber));
        assertSorted("sort=amount&dir=desc", Comparator.comparing(InvoiceSummary::signedTotal).thenComparing(byNumber).reversed());
        assertSorted("sort=number&dir=asc", byNumber);
        assertSorted("sort=due&dir=asc", Comparator.comparing(InvoiceSummary::dueDate,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byNumber));
        List<InvoiceStatus> attentionFirst = List.of(InvoiceStatus.OVERDUE, InvoiceStatus.NEW, InvoiceStatus.PAID,
                InvoiceStatus.CREDITED, InvoiceStatus.CREDIT_NOTE);
        assertSorted("sort=status", Comparator.<InvoiceSummary>comparingInt(invoice -> attentionFirst.indexOf(invoice.status()))
                .thenComparing(byNumber));

        Page byAmount = admin.get("/invoices?sort=amount&dir=asc");
        assertThat(header(byAmount, "sort-amount")).contains("aria-sort=\"ascending\"");
        assertThat(header(byAmount, "sort-issued")).doesNotContain("aria-sort");
        assertThat(byAmount.body()).contains("<input type=\"hidden\" name=\"sort\" value=\"amount\">",
                "<input type=\"hidden\" name=\"dir\" value=\"asc\">",
                "id=\"sort-amount\" class=\"sort-link\" href=\"/invoices?sort=amount&amp;dir=desc\"",
                "href=\"/invoices?sort=amount&amp;dir=asc&amp;page=2\"");
        assertThat(header(admin.get("/invoices"), "sort-issued")).contains("aria-sort=\"descending\"");
        assertThat(admin.get("/invoices?sort=customer").status()).isEqualTo(400);
        assertThat(admin.get("/invoices?dir=up").status()).isEqualTo(400);
    }

    @Test
    void aSearchFindsAnInvoiceByPartOfItsNumberOrByItsKidAndKeepsTheOtherFilters() {
        InvoiceSummary overdue = only(archive.invoices(), invoice -> invoice.status() == InvoiceStatus.OVERDUE
                && invoice.partlyPaid());
        String number = String.valueOf(overdue.number());

        assertThat(numbers(admin.get("/invoices?q=" + number))).containsExactly(overdue.number());
        assertThat(numbers(admin.get("/invoices?q=" + overdue.kid()))).containsExactly(overdue.number());
        assertThat(numbers(admin.get("/invoices?q=+" + overdue.kid().substring(0, 4) + "+" + overdue.kid().substring(4))))
                .as("spaces are dropped").containsExactly(overdue.number());
        String tail = number.substring(number.length() - 2);
        assertThat(numbers(admin.get("/invoices?q=" + tail + "&size=100"))).containsExactlyInAnyOrderElementsOf(archive.invoices()
                .stream().filter(invoice -> String.valueOf(invoice.number()).contains(tail)
                        || (invoice.kid() != null && invoice.kid().startsWith(tail)))
                .map(InvoiceSummary::number).toList());
        assertThat(numbers(admin.get("/invoices?q=" + number + "&status=PAID"))).isEmpty();
        Page page = admin.get("/invoices?q=" + number);
        assertThat(page.body()).contains("name=\"q\" value=\"" + number + "\"", "href=\"/invoices/export.xlsx?q=" + number + "\"");
        assertThat(admin.get("/invoices?q=faktura").status()).isEqualTo(400);
        Page refused = admin.getHtmx("/invoices?q=faktura");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"q\"", "Søk med sifrene i et fakturanummer eller en KID.");
    }

    @Test
    void theSummaryHoldsTheTotalsOfEveryPageOfTheSelection() {
        assertTotals(admin.get("/invoices"), archive.invoices());
        assertTotals(admin.get("/invoices?status=OVERDUE"), filtered(invoice -> invoice.status() == InvoiceStatus.OVERDUE));
        assertTotals(admin.get("/invoices?customerNumber=" + archive.company().account(0).number() + "&page=2"),
                archive.of(archive.company().account(0).id()));
        Page page = admin.get("/invoices");
        assertThat(page.body()).contains("2 fakturaer", "Kreditnotaer er trukket fra");
        for (InvoiceStatus status : InvoiceStatus.values()) {
            assertThat(statuses(admin.get("/invoices?size=100&status=" + status.name()))).as(status.name())
                    .isNotEmpty().containsOnly(status.name());
        }
    }

    @Test
    void aUserGrantedOneCustomerNumberSeesOnlyItsInvoicesAndItsTotals() {
        List<InvoiceSummary> operations = archive.of(archive.company().account(1).id());

        Page page = limited.get("/invoices?size=100");

        assertThat(numbers(page)).containsExactlyInAnyOrderElementsOf(operations.stream().map(InvoiceSummary::number).toList());
        assertTotals(page, operations);
        assertThat(numbers(limited.get("/invoices?size=100&q=" + archive.othersInvoice().number()))).isEmpty();
        assertThat(numbers(admin.get("/invoices?size=100&q=" + archive.othersInvoice().number()))).isEmpty();
        assertThat(limited.get("/invoices?customerNumber=" + archive.company().account(0).number()).status()).isEqualTo(404);
        assertThat(limited.download("/invoices/export.csv?customerNumber=" + archive.company().account(0).number()).status())
                .isEqualTo(404);
        String csv = new String(limited.download("/invoices/export.csv").content(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(operations.size() + 1);
        assertThat(csv).doesNotContain(archive.company().account(0).number());
    }

    @Test
    void theExcelFileHoldsEveryPageWithTypedCellsAndATotalsRowEqualToTheSummary() throws IOException {
        String filter = "customerNumber=" + archive.company().account(0).number() + "&sort=amount&dir=asc";
        Page list = admin.get("/invoices?" + filter);
        Download excel = admin.download("/invoices/export.xlsx?" + filter);

        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(excel.header("Content-Disposition")).startsWith("attachment; filename=\"fakturaer.xlsx\"");
        List<InvoiceSummary> sales = sorted(archive.of(archive.company().account(0).id()),
                Comparator.comparing(InvoiceSummary::signedTotal).thenComparing(InvoiceSummary::number));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.content()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Fakturanummer");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Beløp inkl. mva");
            assertThat(sheet.getPaneInformation().isFreezePane()).as("frozen header").isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:Q");
            assertThat(sheet.getLastRowNum()).as("every invoice of every page and the totals row").isEqualTo(sales.size() + 1);
            for (int i = 0; i < sales.size(); i++) {
                Row row = sheet.getRow(i + 1);
                InvoiceSummary invoice = sales.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(String.valueOf(invoice.number()));
                assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(invoice.issueDate());
                assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(money(row.getCell(12))).isEqualByComparingTo(invoice.signedTotal());
            }
            Row totals = sheet.getRow(sales.size() + 1);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
            assertThat(NorwegianFormat.money(money(totals.getCell(10)))).isEqualTo(figure(list, "archive-excl-vat"));
            assertThat(NorwegianFormat.money(money(totals.getCell(11)))).isEqualTo(figure(list, "archive-vat"));
            assertThat(NorwegianFormat.money(money(totals.getCell(12)))).isEqualTo(figure(list, "archive-total"));
            assertThat(NorwegianFormat.money(money(totals.getCell(14)))).isEqualTo(figure(list, "archive-open"));
            assertThat(NorwegianFormat.money(money(totals.getCell(15)))).isEqualTo(figure(list, "archive-overdue"));
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Salg");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(admin.download("/invoices/export.xlsx?customerNumber="
                + archive.company().account(1).number()).content()))) {
            Cell formulaName = workbook.getSheetAt(0).getRow(1).getCell(4);
            assertThat(formulaName.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaName.getStringCellValue()).isEqualTo("=Drift+1");
            assertThat(formulaName.getCellStyle().getQuotePrefixed()).as("stored as quoted text").isTrue();
        }
    }

    @Test
    void theCsvFileIsWhatANorwegianExcelOpensAndItsFiguresAddUpToTheSummary() {
        Page list = admin.get("/invoices");
        Download csv = admin.download("/invoices/export.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"fakturaer.csv\"");
        assertThat(csv.content()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv.content(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(text).contains("\r\n");
        assertThat(lines.get(0)).startsWith("Type;Fakturanummer;Krediterer faktura;Kundenummer;Kundenavn;Fakturadato;")
                .contains(";Beløp inkl. mva;");
        assertThat(lines).hasSize(archive.invoices().size() + 1);
        InvoiceSummary newest = archive.invoices().get(0);
        String newestLine = only(lines, line -> line.contains(";" + newest.number() + ";"));
        assertThat(newestLine).contains(";" + date(newest.issueDate()) + ";" + date(newest.dueDate()) + ";",
                ";" + newest.total().toPlainString().replace('.', ',') + ";");
        assertThat(text).contains(";'=Drift+1;").doesNotContain(";=Drift+1;");
        InvoiceSummary creditNote = only(archive.invoices(), invoice -> invoice.type() == DocumentType.CREDIT_NOTE);
        assertThat(only(lines, line -> line.contains(";" + creditNote.number() + ";")))
                .startsWith("Kreditnota;").contains(";-" + creditNote.total().toPlainString().replace('.', ',') + ";");
        int totalColumn = List.of(lines.get(0).split(";")).indexOf("Beløp inkl. mva");
        BigDecimal sum = lines.stream().skip(1).map(line -> new BigDecimal(line.split(";", -1)[totalColumn].replace(',', '.')))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(NorwegianFormat.money(sum)).isEqualTo(figure(list, "archive-total"));
    }

    @Test
    void everyExportIsInTheAuditLogWithItsSelection() {
        Msisdn downloader = archive.operationsUser();
        assertThat(limited.download("/invoices/export.xlsx?status=PAID").status()).isEqualTo(200);
        assertThat(limited.download("/invoices/export.csv?q=123").status()).isEqualTo(200);

        assertThat(jdbc.sql("""
                select facts->>'kind' || ' ' || (facts->>'reference') from audit_event
                where company_id = :c and actor = :actor and action = 'DOWNLOADED' order by audit_event_id""")
                .param("c", archive.company().id()).param("actor", downloader.value()).query(String.class).list())
                .containsSubsequence("INVOICE_LIST_EXCEL status=PAID", "INVOICE_LIST_CSV q=123");
        assertThat(admin.get("/settings/audit?action=DOWNLOADED&person=" + downloader.national()).body())
                .contains("Lastet ned fakturalisten som Excel (utvalg: status=PAID)",
                        "Lastet ned fakturalisten som CSV (utvalg: q=123)");
    }

    @Test
    void htmxGetsTheResultsWithEveryLinkCarryingTheWholeState() {
        Page fragment = admin.getHtmx("/invoices?status=PAID&sort=amount&dir=asc&size=25");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html", "<form", "site-header")
                .contains("id=\"archive-total\"", "href=\"/invoices?status=PAID&amp;sort=amount&amp;dir=asc&amp;page=2\"",
                        "href=\"/invoices/export.csv?status=PAID&amp;sort=amount&amp;dir=asc\"",
                        "id=\"sort-issued\" class=\"sort-link\" href=\"/invoices?status=PAID\"");
    }

    private void assertSorted(String parameters, Comparator<InvoiceSummary> order) {
        assertThat(numbers(admin.get("/invoices?size=100&" + parameters))).as(parameters)
                .containsExactlyElementsOf(sorted(archive.invoices(), order).stream().map(InvoiceSummary::number).toList());
    }

    /** The summary's figures against the invoices summed one by one, each judged by {@link InvoiceSummary}. */
    private static void assertTotals(Page page, List<InvoiceSummary> invoices) {
        assertThat(figure(page, "archive-count")).isEqualTo(String.valueOf(invoices.size()));
        assertThat(figure(page, "archive-total")).isEqualTo(sum(invoices, InvoiceSummary::signedTotal));
        assertThat(figure(page, "archive-excl-vat")).isEqualTo(sum(invoices, InvoiceSummary::signedAmountExclVat));
        assertThat(figure(page, "archive-vat")).isEqualTo(sum(invoices, InvoiceSummary::signedVat));
        assertThat(figure(page, "archive-open")).isEqualTo(sum(invoices, InvoiceSummary::open));
        assertThat(figure(page, "archive-overdue")).startsWith(sum(invoices, InvoiceSummary::overdue));
    }

    private static String sum(List<InvoiceSummary> invoices, Function<InvoiceSummary, BigDecimal> amount) {
        return NorwegianFormat.money(invoices.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The text of a summary figure, without the note after it. */
    private static String figure(Page page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)").matcher(page.body());
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group(1).strip();
    }

    private static String header(Page page, String linkId) {
        int link = page.body().indexOf("id=\"" + linkId + "\"");
        assertThat(link).as(linkId).isNotNegative();
        return page.body().substring(page.body().lastIndexOf("<th", link), link);
    }

    private List<InvoiceSummary> filtered(Predicate<InvoiceSummary> which) {
        return archive.invoices().stream().filter(which).toList();
    }

    private static <T> T only(List<T> items, Predicate<T> which) {
        List<T> found = items.stream().filter(which).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<InvoiceSummary> sorted(List<InvoiceSummary> invoices, Comparator<InvoiceSummary> order) {
        return invoices.stream().sorted(order).toList();
    }

    private static BigDecimal money(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static List<Long> numbers(Page page) {
        assertThat(page.status()).isEqualTo(200);
        return NUMBER.matcher(page.body()).results().map(match -> Long.parseLong(match.group(1))).toList();
    }

    private static List<String> statuses(Page page) {
        return Pattern.compile("<tr role=\"row\" data-invoice-number=\"\\d+\" data-status=\"(\\w+)\"").matcher(page.body())
                .results().map(match -> match.group(1)).toList();
    }

    private static String date(java.time.LocalDate date) {
        return NorwegianFormat.date(date);
    }

    private PortalHttpClient signedIn(Msisdn msisdn) {
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(msisdn, outbox);
        return client;
    }
}
