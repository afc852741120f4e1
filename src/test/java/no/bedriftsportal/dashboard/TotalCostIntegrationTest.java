package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.billing.InvoiceDetail;
import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.billing.InvoiceLine;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.LineKind;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;

/**
 * "Totalkostnad" (usage + the month's fee + extra packages the company pays) is one figure: the
 * same in D6/D7's list, D6's panel and the users Excel file, and — for a month that has ended — the
 * same to the øre as the invoice run bills for the subscription. On its own database, as invoice
 * runs span all companies and go in month order.
 *
 * <pre>
 * last month (M), Salg:  Berit   FRI_5 since a year ago, FRI_20 from the 11th; parking 45.00; EXTRA_5 (company) 199.00,
 *                                  EXTRA_5 by Vipps (never billed)
 *                        a line without a holder, BASIS from the 17th (pro rata)
 *                 Drift: Dag     FRI_5 the whole month; parking 20.00 — the one a user limited to Drift sees
 * </pre>
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-total-cost")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TotalCostIntegrationTest {

    private static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

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
    SmsOutbox outbox;

    @Autowired
    UserOverview users;

    @Autowired
    UserDetails details;

    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn superUser;
    Msisdn berit;
    Msisdn lateLine;
    Msisdn dag;
    YearMonth lastMonth;

    @BeforeAll
    void lastMonthInvoiced() throws IOException {
        company = mother.company("Salg", "Drift");
        superUser = company.superUser();
        berit = company.subscriber(0, "FRI_5", "Berit Bytte");
        dag = company.subscriber(1, "FRI_5", "Dag Drift");
        lastMonth = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        subscriptions.changePlan(berit.value(), "FRI_20", lastMonth.atDay(11));
        lateLine = CompanyMother.nextMsisdn();
        subscriptions.activate(new ActivateSubscription(company.id(), lateLine.value(), "BASIS", company.account(0).id(), null,
                lastMonth.atDay(17), false, null));
        buyExtraPackage.buy(berit.value(), "EXTRA_5", Payer.COMPANY, at(lastMonth.atDay(12), 9).toInstant(), "OPERATOR");
        buyExtraPackage.buy(berit.value(), "EXTRA_5", Payer.VIPPS, at(lastMonth.atDay(13), 9).toInstant(), "EMPLOYEE");
        feed(line(berit, lastMonth.atDay(4), "CONTENT", ",,2020,NO,,,45.00,25,EasyPark,Parkering")
                + line(dag, lastMonth.atDay(5), "CONTENT", ",,2020,NO,,,20.00,25,EasyPark,Parkering"));
        runInvoices.run(lastMonth);
    }

    @Test
    void totalCostIsWhatTheInvoiceRunBillsFeeUsageAndExtraPackagesToTheOre() {
        AccessScope scope = AccessScope.wholeCompany(company.id());
        Map<String, List<InvoiceLine>> invoiced = invoiceLines(scope);
        for (Msisdn msisdn : List.of(berit, lateLine, dag, superUser)) {
            UserCost user = inList(scope, msisdn);
            List<InvoiceLine> lines = invoiced.get(msisdn.value());
            assertThat(lines).as("the invoice has lines for " + msisdn).isNotEmpty();
            assertThat(user.fee()).as("fee of " + msisdn).isEqualByComparingTo(sum(lines, line -> line.kind() == LineKind.SUBSCRIPTION_FEE));
            assertThat(user.extraPackages()).as("extra packages of " + msisdn)
                    .isEqualByComparingTo(sum(lines, line -> line.kind() == LineKind.EXTRA_PACKAGE));
            assertThat(user.amount()).as("usage of " + msisdn)
                    .isEqualByComparingTo(sum(lines, line -> line.kind() == LineKind.USAGE || line.kind() == LineKind.CONTENT_SERVICE));
            assertThat(user.total()).as("total of " + msisdn).isEqualByComparingTo(sum(lines, line -> true));
        }
        int days = lastMonth.lengthOfMonth();
        UserCost beritInList = inList(scope, berit);
        assertThat(beritInList.fee()).as("10 days of FRI_5 and the rest of FRI_20, each rounded by itself")
                .isEqualByComparingTo(prorata("279.00", 10, days).add(prorata("349.00", days - 10, days)));
        assertThat(beritInList.extraPackages()).as("the Vipps-paid package is never billed").isEqualByComparingTo("199.00");
        assertThat(beritInList.total()).isEqualByComparingTo(beritInList.fee().add(new BigDecimal("244.00")));
        assertThat(inList(scope, lateLine).fee()).isEqualByComparingTo(prorata("49.00", days - 16, days));
    }

    @Test
    void theListThePanelAndTheExcelFileShowTheSameKronerAndMegabytes() throws IOException {
        AccessScope scope = AccessScope.wholeCompany(company.id());
        UserCost inList = inList(scope, berit);
        UserCost inPanel = details.detail(scope, inList.subscriptionId(), lastMonth).orElseThrow().user();
        assertThat(inPanel.amount()).isEqualByComparingTo(inList.amount());
        assertThat(inPanel.fee()).isEqualByComparingTo(inList.fee());
        assertThat(inPanel.extraPackages()).isEqualByComparingTo(inList.extraPackages());
        assertThat(inPanel.total()).isEqualByComparingTo(inList.total());
        assertThat(inPanel.bytes()).isEqualTo(inList.bytes());

        PortalHttpClient http = new PortalHttpClient(port);
        http.logIn(superUser, outbox);
        String list = http.getHtmx("/dashboard/users/list?users=LAST_MONTH&userSearch=Berit").body();
        String panel = http.getHtmx("/dashboard/users/" + inList.subscriptionId() + "?users=LAST_MONTH").body();
        for (String shown : List.of(NorwegianFormat.money(inList.amount()), NorwegianFormat.money(inList.total()),
                NorwegianFormat.dataVolume(inList.bytes()))) {
            assertThat(list).as("the list shows " + shown).contains(shown);
            assertThat(panel).as("the panel shows " + shown).contains(shown);
        }
        assertThat(panel).contains(NorwegianFormat.money(inList.fee())).contains(NorwegianFormat.money(inList.extraPackages()));
        assertThat(list).contains("id=\"users-excel-link\"").contains("hx-swap-oob");

        try (XSSFWorkbook workbook = excel(http, "/dashboard/users.xlsx?users=LAST_MONTH")) {
            Sheet sheet = workbook.getSheet("Brukere");
            Row row = rowOf(sheet, berit);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Berit Bytte");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(company.account(0).number());
            assertThat(row.getCell(6).getNumericCellValue()).as("MB").isEqualTo(inList.bytes() / 1_000_000.0);
            assertThat(money(row, 7)).as("Brukskostnad").isEqualByComparingTo(inList.amount());
            assertThat(money(row, 8)).as("månedsavgift").isEqualByComparingTo(inList.fee());
            assertThat(money(row, 9)).as("ekstrapakker").isEqualByComparingTo(inList.extraPackages());
            assertThat(money(row, 10)).as("Totalkostnad").isEqualByComparingTo(inList.total());
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");

            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
            UserPage every = users.users(scope, UserQuery.of(lastMonth, UserSort.TOTAL, true));
            BigDecimal everyTotal = every.users().stream().map(UserCost::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(money(totals, 10)).as("the totals row adds up every user's total").isEqualByComparingTo(everyTotal);
            assertThat(sheet.getLastRowNum()).as("a row per user and the totals").isEqualTo(every.total() + 1);
        }
    }

    @Test
    void theListSortsAndFiltersOnTheTotalCost() {
        AccessScope scope = AccessScope.wholeCompany(company.id());
        List<UserCost> byTotal = users.users(scope, UserQuery.of(lastMonth, UserSort.TOTAL, true)).users();
        assertThat(byTotal).extracting(UserCost::total).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byTotal.get(0).msisdn()).isEqualTo(berit.value());
        BigDecimal lateTotal = inList(scope, lateLine).total();
        List<UserCost> atLeast = users.users(scope,
                new UserQuery(lastMonth, null, UserSort.NAME, false, UserSort.TOTAL, lateTotal.add(BigDecimal.ONE), 0, 25)).users();
        assertThat(atLeast).extracting(UserCost::msisdn).doesNotContain(lateLine.value()).contains(berit.value(), dag.value());
    }

    @Test
    void aUserLimitedToOneCustomerNumberGetsOnlyItsUsersInTheExcelFile() throws IOException {
        Msisdn driftUser = company.user(1);
        PortalHttpClient http = new PortalHttpClient(port);
        http.logIn(driftUser, outbox);
        try (XSSFWorkbook workbook = excel(http, "/dashboard/users.xlsx?users=LAST_MONTH")) {
            Sheet sheet = workbook.getSheet("Brukere");
            List<String> numbers = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getRowNum() < sheet.getLastRowNum()) {
                    numbers.add(row.getCell(1).getStringCellValue());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(company.account(1).number());
                }
            }
            assertThat(numbers).contains(dag.display()).doesNotContain(berit.display(), lateLine.display(), superUser.display());
        }
    }

    private UserCost inList(AccessScope scope, Msisdn msisdn) {
        return users.users(scope, new UserQuery(lastMonth, msisdn.national(), UserSort.NAME, false, UserSort.COST, null, 0, 25))
                .users().stream().filter(user -> user.msisdn().equals(msisdn.value())).findFirst().orElseThrow();
    }

    private Map<String, List<InvoiceLine>> invoiceLines(AccessScope scope) {
        Map<String, List<InvoiceLine>> byNumber = new java.util.HashMap<>();
        for (InvoiceSummary summary : invoices.list(scope, InvoiceFilter.all())) {
            InvoiceDetail detail = invoices.detail(scope, summary.id()).orElseThrow();
            detail.subscriptions().forEach(lines -> byNumber.computeIfAbsent(lines.msisdn(), number -> new ArrayList<>())
                    .addAll(lines.lines()));
        }
        return byNumber;
    }

    private static BigDecimal sum(List<InvoiceLine> lines, Predicate<InvoiceLine> which) {
        return lines.stream().filter(which).map(InvoiceLine::amountExclVat).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal prorata(String fee, int days, int daysInMonth) {
        return new BigDecimal(fee).multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(daysInMonth), 2,
                java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal money(Row row, int cell) {
        return BigDecimal.valueOf(row.getCell(cell).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static XSSFWorkbook excel(PortalHttpClient http, String path) throws IOException {
        PortalHttpClient.Download download = http.download(path);
        assertThat(download.status()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(download.content()));
    }

    private static Row rowOf(Sheet sheet, Msisdn msisdn) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && msisdn.display().equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(msisdn + " not in " + sheet.getSheetName());
    }

    private static ZonedDateTime at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), Oslo.ZONE);
    }

    private static String line(Msisdn msisdn, LocalDate day, String type, String rest) {
        return "total-" + System.nanoTime() + "," + msisdn + "," + type + "," + at(day, 10).format(CDR_TIME) + rest + "\n";
    }

    private void feed(String lines) throws IOException {
        Path file = Files.createTempFile("total", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n" + lines);
        ingest.ingest(file, "total.csv", CdrSource.UPLOAD);
    }
}
