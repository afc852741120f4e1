package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * D5 over HTTP against figures worked out by hand from a small feed in last month (a whole month,
 * whatever today is), with CATALOG.md's rules: a FRI_1 user runs through her 1 GB package into an
 * extra package bought by salary deduction, another runs 100 MB beyond his package with no extra
 * package (billed outside), a BASIS user has no package at all (outside, and not in the list).
 *
 * <pre>
 * day 10: Kari 600 MB (package) · «=SUM» 10 MB (package) · Per (BASIS) 50 MB (outside)
 * day 11: Kari buys EXTRA_1 at 08:15, then 600 MB = 400 package + 200 extra · Ola 1100 MB = 1000 package + 100 outside
 * </pre>
 */
@PortalIntegrationTest
class DataCardIntegrationTest {

    private static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final long MB = 1_000_000L;
    private static final Pattern USER_ROW = Pattern.compile("<tr data-subscription=\"(\\d+)\" data-msisdn=\"([^\"]+)\">");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    Companies companies;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    BuyExtraPackage buyExtraPackage;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn kari;
    Msisdn ola;
    Msisdn formula;
    Msisdn basis;
    Msisdn admin;
    Msisdn driftUser;
    LocalDate day10;
    LocalDate day11;
    ZonedDateTime boughtAt;
    PortalHttpClient http;

    @BeforeEach
    void feed() throws IOException {
        company = mother.company("Salg", "Drift");
        kari = company.subscriber(0, "FRI_1", "Kari Nordmann");
        ola = company.subscriber(1, "FRI_1", "Ola Østby");
        formula = company.subscriber(1, "FRI_5", "=SUM(1+1)");
        basis = company.subscriber(0, "BASIS", "Per Basis");
        admin = company.superUser();
        driftUser = company.user(1);
        YearMonth lastMonth = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        day10 = lastMonth.atDay(10);
        day11 = lastMonth.atDay(11);
        boughtAt = ZonedDateTime.of(day11, LocalTime.of(8, 15), Oslo.ZONE);

        feed("day10", data(kari, day10, 600) + data(formula, day10, 10) + data(basis, day10, 50));
        buyExtraPackage.buy(kari.value(), "EXTRA_1", Payer.SALARY, boughtAt.toInstant(), "OPERATOR");
        feed("day11", data(kari, day11, 600) + data(ola, day11, 1100));

        http = new PortalHttpClient(port);
        http.logIn(admin, outbox);
    }

    @Test
    void theChartsTableShowsEachDaySplitWithinExtraAndOutsideAsWorkedOutByHand() {
        String card = http.getHtmx("/dashboard/data?data=LAST_MONTH").body();

        assertThat(dayRow(card, day10)).containsExactly(mb(610), mb(0), mb(50), mb(660));
        assertThat(dayRow(card, day11)).containsExactly(mb(1400), mb(200), mb(100), mb(1700));
        assertThat(dayRow(card, day11.plusDays(1))).containsExactly(mb(0), mb(0), mb(0), mb(0));
        assertThat(card).contains("id=\"data-total-mb\">" + NorwegianFormat.dataVolume(2360 * MB) + "<");
        assertThat(card).containsPattern("(?s)id=\"data-extra-packages\">.*?<dd>1\\s*<span class=\"data-figures__cost\">"
                + Pattern.quote(NorwegianFormat.money(new java.math.BigDecimal("79.00"))) + "</span>");

        JsonNode chart = JsonMapper.builder().build().readTree(between(card, "<script type=\"application/json\" id=\"chart-data-data\">",
                "</script>"));
        assertThat(chart.get("labels")).hasSize(day10.lengthOfMonth());
        assertThat(chart.get("series")).extracting(series -> series.get("key").asString())
                .containsExactly("withinPackage", "extraPackage", "outsidePackage");
        assertThat(chart.get("series").get(0).get("values").get(10).decimalValue()).isEqualByComparingTo("1400.0");
        assertThat(chart.get("series").get(1).get("values").get(10).decimalValue()).isEqualByComparingTo("200.0");
        assertThat(chart.get("series").get(2).get("values").get(9).decimalValue()).isEqualByComparingTo("50.0");

        String thisMonth = http.getHtmx("/dashboard/data").body();
        assertThat(thisMonth).doesNotContain("data-day=\"" + day10 + "\"");
    }

    @Test
    void theListHasOnlySubscriptionsWithADataPackageAndEveryColumnFilters() {
        String all = http.getHtmx("/dashboard/data/users?data=LAST_MONTH").body();
        assertThat(listed(all)).containsExactlyInAnyOrder(kari.value(), ola.value(), formula.value(), admin.value(),
                driftUser.value());
        assertThat(all).contains("Viser 1–5 av 5 brukere");
        assertThat(listed(all).subList(0, 2)).containsExactly(kari.value(), ola.value()); // most data first
        assertThat(rowOf(all, kari)).contains("aria-label=\"Har kjøpt ekstrapakke\"").contains(NorwegianFormat.dataVolume(1200 * MB)).contains("100 %");
        assertThat(rowOf(all, ola)).doesNotContain("Har kjøpt ekstrapakke");

        assertThat(listed(users("name=kAri"))).containsExactly(kari.value());
        assertThat(listed(users("name=" + java.net.URLEncoder.encode("østBY", java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly(ola.value());
        assertThat(listed(users("number=" + formula.national().substring(2)))).containsExactly(formula.value());
        assertThat(listed(users("extra=yes"))).containsExactly(kari.value());
        assertThat(listed(users("extra=no"))).containsExactlyInAnyOrder(ola.value(), formula.value(), admin.value(),
                driftUser.value());
        assertThat(listed(users("department=" + company.account(1).id())))
                .containsExactlyInAnyOrder(ola.value(), formula.value(), driftUser.value());
        assertThat(listed(users("plan=FRI_1"))).containsExactlyInAnyOrder(kari.value(), ola.value());
        assertThat(listed(users("minMb=1000"))).containsExactly(kari.value(), ola.value());
        assertThat(listed(users("maxMb=10"))).containsExactlyInAnyOrder(formula.value(), admin.value(), driftUser.value());
        assertThat(listed(users("minPercent=100&department=" + company.account(0).id()))).containsExactly(kari.value());
        assertThat(listed(users("maxPercent=0"))) // 10 MB of 5 GB rounds to 0 %
                .containsExactlyInAnyOrder(formula.value(), admin.value(), driftUser.value());
        assertThat(listed(users("sort=NAME_ASC&plan=FRI_1"))).containsExactly(kari.value(), ola.value());
        assertThat(listed(users("sort=NAME_DESC&plan=FRI_1"))).containsExactly(ola.value(), kari.value());
        String none = users("name=nobody");
        assertThat(listed(none)).isEmpty();
        assertThat(none).contains("Ingen brukere passer filteret.")
                .contains("id=\"data-excel-link\"").contains("hx-swap-oob=\"true\"").contains("name=nobody");
    }

    @Test
    void aUsersDetailShowsTheExtraPackageWhenWhoPaysAndHowMuchIsUsed() {
        long kariId = subscriptionId(http.getHtmx("/dashboard/data/users?data=LAST_MONTH").body(), kari);

        PortalHttpClient.Page detail = http.getHtmx("/dashboard/data/users/" + kariId + "?data=LAST_MONTH");

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Kari Nordmann").contains("Ekstra datapakke 1 GB").contains("Bedrift Fri 1 GB")
                .contains(NorwegianFormat.date(day11) + " 08:15").contains("Ansatt (trekk i lønn)")
                .contains(NorwegianFormat.dataVolume(200 * MB) + " (20 %)").contains(NorwegianFormat.dataVolume(1000 * MB) + " (100 %)");
        assertThat(http.getHtmx("/dashboard/data/users/" + kariId + "?data=THIS_MONTH").body())
                .contains("Ingen ekstrapakker kjøpt i måneden.");
        long notListed = subscriptions.list(no.bedriftsportal.shared.AccessScope.wholeCompany(company.id())).stream()
                .filter(s -> s.msisdn().equals(basis)).findFirst().orElseThrow().id();
        assertThat(http.getHtmx("/dashboard/data/users/" + notListed + "?data=LAST_MONTH").status()).isEqualTo(404);
    }

    @Test
    void theExcelFileHasTheListWithTotalsAndTheExtraPackagesInTheirOwnSheet() throws IOException {
        try (XSSFWorkbook workbook = excel("data=LAST_MONTH")) {
            Sheet users = workbook.getSheet("Brukere");
            assertThat(cells(users.getRow(0))).containsExactly("Navn", "Nummer", "Avdeling", "Abonnement", "Datapakke (MB)",
                    "MB i datapakken", "MB i ekstrapakke", "MB utenfor datapakken",
                    "MB brukt i alt (uten data sperret av Datakontroll)", "MB sperret av Datakontroll", "% av pakken", "Ekstrapakke");
            assertThat(users.getLastRowNum()).isEqualTo(6); // header, five users, totals
            Row first = users.getRow(1);
            assertThat(cells(first)).containsExactly("Kari Nordmann", kari.display(), "Salg", "Bedrift Fri 1 GB", "1000.0", "1000.0",
                    "200.0", "0.0", "1200.0", "0.0", "100.0", "Ja");
            Row totals = users.getRow(6);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(17_000); // 1 000 + 1 000 + 3 × 5 000
            assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(2_010);
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(200);
            assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(100);
            assertThat(totals.getCell(8).getNumericCellValue()).isEqualTo(2_310);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) users).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L6");
            Row formulaRow = rowWithNumber(users, formula);
            assertThat(formulaRow.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaRow.getCell(0).getStringCellValue()).isEqualTo("=SUM(1+1)");
            assertThat(formulaRow.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();

            Sheet extras = workbook.getSheet("Ekstrapakker");
            assertThat(cells(extras.getRow(0))).containsExactly("Navn", "Nummer", "Avdeling", "Ekstrapakke", "Kjøpt", "Betales av",
                    "Størrelse (MB)", "Brukt (MB)", "% brukt");
            assertThat(extras.getLastRowNum()).isEqualTo(2);
            Row extra = extras.getRow(1);
            assertThat(extra.getCell(0).getStringCellValue()).isEqualTo("Kari Nordmann");
            assertThat(extra.getCell(3).getStringCellValue()).isEqualTo("Ekstra datapakke 1 GB");
            assertThat(extra.getCell(4).getLocalDateTimeCellValue()).isEqualTo(boughtAt.toLocalDateTime());
            assertThat(extra.getCell(5).getStringCellValue()).isEqualTo("Ansatt (trekk i lønn)");
            assertThat(extra.getCell(6).getNumericCellValue()).isEqualTo(1000);
            assertThat(extra.getCell(7).getNumericCellValue()).isEqualTo(200);
            assertThat(extra.getCell(8).getNumericCellValue()).isEqualTo(20);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) extras).getCTWorksheet().getAutoFilter()).isNotNull();
        }
        try (XSSFWorkbook filtered = excel("data=LAST_MONTH&department=" + company.account(1).id())) {
            Sheet users = filtered.getSheet("Brukere");
            assertThat(users.getLastRowNum()).isEqualTo(4); // Ola, «=SUM», the Drift user, totals
            assertThat(users.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(1_010);
            assertThat(filtered.getSheet("Ekstrapakker").getLastRowNum()).isEqualTo(1); // only the totals
        }
    }

    @Test
    void aUserLimitedToOneCustomerNumberSeesOnlyItsUsers() throws IOException {
        long kariId = subscriptionId(http.getHtmx("/dashboard/data/users?data=LAST_MONTH").body(), kari);
        PortalHttpClient drift = new PortalHttpClient(port);
        drift.logIn(driftUser, outbox);

        String card = drift.getHtmx("/dashboard/data?data=LAST_MONTH").body();
        assertThat(listed(card)).containsExactlyInAnyOrder(ola.value(), formula.value(), driftUser.value());
        assertThat(card).doesNotContain(">Salg</option>").contains(">Drift</option>");
        assertThat(dayRow(card, day11)).containsExactly(mb(1000), mb(0), mb(100), mb(1100));
        assertThat(drift.getHtmx("/dashboard/data/users/" + kariId + "?data=LAST_MONTH").status()).isEqualTo(404);
        assertThat(drift.getHtmx("/dashboard/data/users?data=LAST_MONTH&department=" + company.account(0).id()).body())
                .contains("Ingen brukere passer filteret.");
        try (XSSFWorkbook workbook = excel(drift, "data=LAST_MONTH")) {
            assertThat(workbook.getSheet("Brukere").getLastRowNum()).isEqualTo(4);
            assertThat(workbook.getSheet("Ekstrapakker").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theDashboardPageCarriesTheCardAndItsScript() {
        String dashboard = http.get("/").body();

        assertThat(dashboard).contains("id=\"card-data\"").contains("Mobildata og datapakker").contains("/js/charts/data-")
                .contains("href=\"/dashboard/data.xlsx?data=THIS_MONTH\"");
    }

    private static String data(Msisdn msisdn, LocalDate day, long megabytes) {
        String at = ZonedDateTime.of(day, LocalTime.of(10, 0), Oslo.ZONE).plusSeconds(msisdn.hashCode() & 0xfff).format(CDR_TIME);
        return "d5-" + System.nanoTime() + "," + msisdn + ",DATA," + at + ",,,NO,," + megabytes * MB + ",,,,\n";
    }

    private void feed(String name, String lines) throws IOException {
        Path file = Files.createTempFile("d5-" + name, ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n" + lines);
        ingest.ingest(file, name + ".csv", CdrSource.UPLOAD);
    }

    private String users(String query) {
        return http.getHtmx("/dashboard/data/users?data=LAST_MONTH&" + query).body();
    }

    private static String mb(long megabytes) {
        return NorwegianFormat.megabytes(megabytes * MB);
    }

    /** The four figures of a day's row in the chart's table: within, extra, outside, total. */
    private static List<String> dayRow(String html, LocalDate day) {
        Matcher row = Pattern.compile("<tr data-day=\"" + day + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + day).isTrue();
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1).strip());
        }
        return cells;
    }

    private static List<String> listed(String html) {
        Matcher matcher = USER_ROW.matcher(html);
        List<String> numbers = new ArrayList<>();
        while (matcher.find()) {
            numbers.add(matcher.group(2));
        }
        return numbers;
    }

    private static long subscriptionId(String html, Msisdn msisdn) {
        Matcher matcher = USER_ROW.matcher(html);
        while (matcher.find()) {
            if (matcher.group(2).equals(msisdn.value())) {
                return Long.parseLong(matcher.group(1));
            }
        }
        throw new AssertionError(msisdn + " not listed");
    }

    private static String rowOf(String html, Msisdn msisdn) {
        Matcher row = Pattern.compile("data-msisdn=\"" + Pattern.quote(msisdn.value()) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).isTrue();
        return row.group(1);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private XSSFWorkbook excel(String query) throws IOException {
        return excel(http, query);
    }

    /** The Excel download as the browser gets it: a GET with the session cookie, read as bytes. */
    private XSSFWorkbook excel(PortalHttpClient client, String query) throws IOException {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/dashboard/data.xlsx?" + query))
                    .header("Cookie", "SESSION=" + client.sessionId()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("mobildata-" + YearMonth.from(day10) + ".xlsx");
            return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                : cell.getStringCellValue()));
        return values;
    }

    private static Row rowWithNumber(Sheet sheet, Msisdn msisdn) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(msisdn.display())) {
                return row;
            }
        }
        throw new AssertionError(msisdn + " not in the sheet");
    }
}
