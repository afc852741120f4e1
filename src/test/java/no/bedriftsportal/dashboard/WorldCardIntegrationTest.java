package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * D4 over HTTP, against sums worked out by hand from a small known feed (CATALOG.md's prices):
 * roaming in the US (zone Z2) and Great Britain (Z1) and calls from Norway to a Swedish number,
 * by four users under two customer numbers. The card's table, a country's top users, the Excel
 * file, and what a user limited to one customer number gets.
 */
@PortalIntegrationTest
class WorldCardIntegrationTest {

    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"klikk\")";
    private static final Pattern NUMBER_CELL = Pattern.compile("<td class=\"num[^\"]*\"[^>]*>([^<]*)</td>");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Companies companies;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn salesTraveller;
    Msisdn salesCaller;
    Msisdn operationsTraveller;
    Msisdn formulaNamed;
    LocalDate day;
    PortalHttpClient admin;

    @BeforeEach
    void feed() throws Exception {
        company = mother.company("Salg", "Drift");
        salesTraveller = company.subscriber(0, "FRI_5");
        salesCaller = company.subscriber(0, "BASIS");
        operationsTraveller = company.subscriber(1, "FRI_1");
        formulaNamed = subscriberNamed(FORMULA_NAME, 1);
        day = Oslo.today(clock).minusDays(2); // within the last 7 days
        String at = day.atTime(10, 0).atOffset(ZoneOffset.ofHours(1)).toString().replace("T10:00+01:00", "T10:%02d:00+01:00");
        Path file = Files.createTempFile("world", ".csv");
        String id = "world" + System.nanoTime() + "-";
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n"
                // US (Z2): data 4.00 per MB, calls made 2.99 per minute, SMS sent 0.79
                + id + "1," + salesTraveller + ",DATA," + at.formatted(1) + ",,,US,,5000000,,,,\n"              // 20.00
                + id + "2," + salesTraveller + ",VOICE," + at.formatted(2) + ",MO,+4791234567,US,120,,,,,\n"    // 5.98
                + id + "3," + operationsTraveller + ",DATA," + at.formatted(3) + ",,,US,,10000000,,,,\n"       // 40.00
                + id + "4," + operationsTraveller + ",SMS," + at.formatted(4) + ",MO,+4791234567,US,,,,,,\n"   // 0.79
                // GB (Z1): data 2.00 per MB, calls made 2.49 per minute
                + id + "5," + formulaNamed + ",DATA," + at.formatted(5) + ",,,GB,,3000000,,,,\n"               // 6.00
                + id + "6," + formulaNamed + ",VOICE," + at.formatted(6) + ",MO,+4791234567,GB,60,,,,,\n"      // 2.49
                // From Norway to a Swedish number (EU): 0.99 per minute, SMS 0.79
                + id + "7," + salesCaller + ",VOICE," + at.formatted(7) + ",MO,+46701234567,NO,180,,,,,\n"     // 2.97
                + id + "8," + salesCaller + ",SMS," + at.formatted(8) + ",MO,+46701234567,NO,,,,,,\n"          // 0.79
                // At home, to a Norwegian number: not abroad
                + id + "9," + salesCaller + ",VOICE," + at.formatted(9) + ",MO,+4722334455,NO,60,,,,,\n");     // 0.49
        ingest.ingest(file, "world.csv", CdrSource.UPLOAD);
        admin = new PortalHttpClient(port);
        admin.logIn(company.superUser(), outbox);
    }

    @Test
    void theCardListsEachCountryAbroadWithItsFiguresMostExpensiveFirst() {
        Page card = admin.getHtmx("/dashboard/world?world=DAYS_7");

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains("id=\"card-world\"", "id=\"chart-world\"", "data-chart=\"world\"")
                .doesNotContain("data-country=\"NO\"", "<html");
        assertThat(countryRows(card.body())).containsExactly("US", "GB", "SE");
        // kroner, users, minutes, messages, MB
        assertThat(row(card.body(), "US")).containsExactly(money("66.77"), "2", "2", "1", "15");
        assertThat(row(card.body(), "GB")).containsExactly(money("8.49"), "1", "1", "0", "3");
        assertThat(row(card.body(), "SE")).containsExactly(money("3.76"), "1", "3", "1", "0");
        assertThat(card.body()).contains("id=\"world-total\">" + money("79.02") + "<");
        assertThat(card.body()).contains("href=\"/dashboard/world.xlsx?world=DAYS_7\"",
                "hx-get=\"/dashboard/world/countries/US?world=DAYS_7\"");
        assertThat(card.body()).contains("\"name\":\"US\",\"value\":66.77,\"label\":\"USA\"");
    }

    @Test
    void theDashboardPageCarriesTheCardAndItsPeriod() {
        Page dashboard = admin.get("/?world=DAYS_90");

        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"card-world\"", "/js/charts/world-",
                "name=\"world\" value=\"DAYS_90\" checked");
        assertThat(row(dashboard.body(), "US")).containsExactly(money("66.77"), "2", "2", "1", "15");
    }

    @Test
    void aCountrysTopUsersAreListedWithTheirCost() {
        Page us = admin.getHtmx("/dashboard/world/countries/US?world=DAYS_7");

        assertThat(us.status()).isEqualTo(200);
        assertThat(userRows(us.body())).containsExactly(operationsTraveller.value(), salesTraveller.value());
        assertThat(userRow(us.body(), operationsTraveller)).contains("Ansatt " + operationsTraveller.national(), "Drift",
                operationsTraveller.display(), money("40.79"));
        assertThat(userRow(us.body(), salesTraveller)).contains("Salg", money("25.98"));
        assertThat(us.body()).contains("Toppbrukere i USA", money("66.77"), "2 brukere");
        assertThat(admin.getHtmx("/dashboard/world/countries/se?world=DAYS_7").body()).contains("Toppbrukere i Sverige")
                .contains(money("3.76"));
    }

    @Test
    void aCodeThatIsNotACountryWithUsageIsNotFound() {
        for (String code : List.of("NO", "FR", "USA", "U1", "%3Cb%3E", "US.json")) {
            assertThat(admin.getHtmx("/dashboard/world/countries/" + code + "?world=DAYS_7").status()).as(code).isEqualTo(404);
        }
        assertThat(admin.getHtmx("/dashboard/world?world=bogus").status()).isEqualTo(200);
    }

    @Test
    void theExcelFileHasAHeaderTheCountriesAndTotalsAndEveryUserOnASecondSheet() throws IOException {
        HttpResponse<byte[]> response = download(admin, "/dashboard/world.xlsx?world=DAYS_7");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .contains("bruk-i-utlandet-" + Oslo.today(clock).minusDays(6) + "-" + Oslo.today(clock) + ".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet countries = workbook.getSheet("Bruk i utlandet");
            assertThat(texts(countries.getRow(0))).containsExactly("Land", "Landkode", "Samtaletid (t:mm:ss)", "Meldinger", "MB",
                    "Kroner", "Brukere");
            assertThat(countries.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");
            assertThat(values(countries.getRow(1))).containsExactly("USA", "US", 120.0, 1.0, 15.0, 66.77, 2.0);
            assertThat(values(countries.getRow(2))).containsExactly("Storbritannia", "GB", 60.0, 0.0, 3.0, 8.49, 1.0);
            assertThat(values(countries.getRow(3))).containsExactly("Sverige", "SE", 180.0, 1.0, 0.0, 3.76, 1.0);
            Row totals = countries.getRow(4);
            assertThat(values(totals).subList(0, 6)).containsExactly("Sum", "", 360.0, 2.0, 18.0, 79.02);
            assertThat(totals.getCell(6).getCellType()).as("users are not summed: one person may travel to two countries")
                    .isEqualTo(CellType.BLANK);
            assertThat(countries.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G4");
            assertThat(countries.getLastRowNum()).isEqualTo(4);

            XSSFSheet users = workbook.getSheet("Brukere per land");
            assertThat(texts(users.getRow(0))).containsExactly("Land", "Landkode", "Navn", "Avdeling", "Nummer",
                    "Samtaletid (t:mm:ss)", "Meldinger", "MB", "Kroner");
            assertThat(values(users.getRow(1))).containsExactly("USA", "US", "Ansatt " + operationsTraveller.national(), "Drift",
                    operationsTraveller.display(), 0.0, 1.0, 10.0, 40.79);
            assertThat(values(users.getRow(2))).containsExactly("USA", "US", "Ansatt " + salesTraveller.national(), "Salg",
                    salesTraveller.display(), 120.0, 0.0, 5.0, 25.98);
            assertThat(values(users.getRow(3))).containsExactly("Storbritannia", "GB", FORMULA_NAME, "Drift",
                    formulaNamed.display(), 60.0, 0.0, 3.0, 8.49);
            assertThat(values(users.getRow(4))).containsExactly("Sverige", "SE", "Ansatt " + salesCaller.national(), "Salg",
                    salesCaller.display(), 180.0, 1.0, 0.0, 3.76);
            assertThat(values(users.getRow(5)).get(8)).isEqualTo(79.02);
            assertThat(values(users.getRow(5)).get(5)).as("the same call time as the countries' sheet").isEqualTo(360.0);
            Cell formula = users.getRow(3).getCell(2);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(users.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void aUserLimitedToOneCustomerNumberSeesOnlyThatAccountsCountriesAndUsers() throws IOException {
        PortalHttpClient operations = new PortalHttpClient(port);
        operations.logIn(company.user(1), outbox);

        Page card = operations.getHtmx("/dashboard/world?world=DAYS_7");
        assertThat(countryRows(card.body())).containsExactly("US", "GB");
        assertThat(row(card.body(), "US")).containsExactly(money("40.79"), "1", "0", "1", "10");
        assertThat(card.body()).contains("id=\"world-total\">" + money("49.28") + "<");

        Page us = operations.getHtmx("/dashboard/world/countries/US?world=DAYS_7");
        assertThat(userRows(us.body())).containsExactly(operationsTraveller.value());
        assertThat(us.body()).doesNotContain(salesTraveller.value(), salesTraveller.display(), "Salg");
        assertThat(operations.getHtmx("/dashboard/world/countries/SE?world=DAYS_7").status()).isEqualTo(404);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(operations, "/dashboard/world.xlsx?world=DAYS_7").body()))) {
            XSSFSheet countries = workbook.getSheet("Bruk i utlandet");
            assertThat(values(countries.getRow(1))).containsExactly("USA", "US", 0.0, 1.0, 10.0, 40.79, 1.0);
            assertThat(values(countries.getRow(3)).subList(0, 6)).containsExactly("Sum", "", 60.0, 1.0, 13.0, 49.28);
            XSSFSheet users = workbook.getSheet("Brukere per land");
            assertThat(users.getLastRowNum()).isEqualTo(3); // header, two users, totals
            assertThat(values(users.getRow(1)).get(4)).isEqualTo(operationsTraveller.display());
        }
    }

    @Test
    void theCardShowsAnEmptyStateWhenNothingWasUsedAbroad() {
        PortalHttpClient stayAtHome = new PortalHttpClient(port);
        stayAtHome.logIn(mother.company("Hjemme").superUser(), outbox);

        Page card = stayAtHome.getHtmx("/dashboard/world?world=DAYS_30");

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains("Ingen bruk i utlandet siste 30 dager.").doesNotContain("id=\"chart-world\"",
                "aria-controls=\"card-world-back\"");
    }

    /** An employee with a name of their own and an active subscription under the customer number at {@code accountIndex}. */
    private Msisdn subscriberNamed(String name, int accountIndex) {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        Employee employee = companies.registerEmployee(company.id(), new RegisterEmployee(name, null, "E" + msisdn.national(), "5210"));
        subscriptions.activate(new ActivateSubscription(company.id(), msisdn.value(), "FRI_5", company.account(accountIndex).id(),
                employee.id(), Oslo.today(clock).minusYears(1), false, null));
        return msisdn;
    }

    private HttpResponse<byte[]> download(PortalHttpClient client, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "SESSION=" + client.sessionId()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String money(String amount) {
        return NorwegianFormat.money(new BigDecimal(amount));
    }

    private static List<String> countryRows(String html) {
        return all(Pattern.compile("<tr data-country=\"([A-Z]{2})\">"), html);
    }

    private static List<String> userRows(String html) {
        return all(Pattern.compile("<tr data-msisdn=\"([^\"]+)\">"), html);
    }

    /** The figures of a country's row in the card's table. */
    private static List<String> row(String html, String country) {
        Matcher row = Pattern.compile("<tr data-country=\"" + country + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + country).isTrue();
        return all(NUMBER_CELL, row.group(1));
    }

    private static String userRow(String html, Msisdn msisdn) {
        Matcher row = Pattern.compile("<tr data-msisdn=\"" + Pattern.quote(msisdn.value()) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("a row for " + msisdn).isTrue();
        return row.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** Text cells as strings, numeric cells as doubles rounded to øre. */
    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                values.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && "[h]:mm:ss".equals(cell.getCellStyle().getDataFormatString())) {
                values.add((double) Math.round(cell.getNumericCellValue() * 86_400)); // a length of time, in seconds
            } else if (cell.getCellType() == CellType.NUMERIC) {
                values.add(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }
}
