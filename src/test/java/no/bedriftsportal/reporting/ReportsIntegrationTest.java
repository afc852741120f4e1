package no.bedriftsportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;

import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;

/**
 * Every report of the catalogue (R1–R4) over {@link ReportsMother}'s company, whose figures are
 * worked out by hand from the price list, never with the reports' own SQL: totals against those sums,
 * invoice periods against the invoices, time periods against the rollups, running = billed + not
 * billed, grants, and the files read back (Excel with POI, the CSV as Excel reads it, the PDF's text).
 */
@PortalIntegrationTest
@Import(ReportsMother.class)
@TestPropertySource(properties = ReportsMother.DATA_DIR)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIntegrationTest {

    private static final BigDecimal SALG = new BigDecimal("463.27");
    private static final BigDecimal DRIFT = new BigDecimal("578.00");

    @LocalServerPort
    int port;

    @Autowired
    ReportsMother mother;

    @Autowired
    TestClock clock;

    @Autowired
    Reports reports;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    Msisdn a;
    Msisdn b;
    Msisdn c;
    Msisdn limited;
    YearMonth m;
    List<InvoiceSummary> issued;

    @BeforeAll
    void aSmallCompanyWithAMonthInvoiced() {
        ReportsMother.ReportsCompany made = mother.company();
        company = made.company();
        a = made.a();
        b = made.b();
        c = made.c();
        limited = made.limited();
        m = made.m();
        issued = made.issued();
    }

    @Test
    void costPerUserForLastMonthIsTheHandWorkedSumsAndTheInvoices() {
        ReportPage page = run(ReportKind.COST_PER_USER, "level=user&period=last-month");
        Map<String, Object[]> rows = byNumber(page);
        assertThat(money(page, rows.get(b.display()), "fees")).isEqualByComparingTo("49.00");
        assertThat(money(page, rows.get(b.display()), "usage")).isEqualByComparingTo("11.27");
        assertThat(money(page, rows.get(a.display()), "content")).isEqualByComparingTo("45.00");
        assertThat(money(page, rows.get(a.display()), "extra_packages")).isEqualByComparingTo("79.00");
        assertThat(money(page, rows.get(a.display()), "total")).isEqualByComparingTo("403.00");
        assertThat(money(page, rows.get(c.display()), "total")).isEqualByComparingTo("299.00");
        assertThat(total(page, "total")).isEqualByComparingTo(SALG.add(DRIFT));
        // the same days as the invoice's lines: a time period equals the invoices when every cost is billed
        BigDecimal invoiced = issued.stream().map(InvoiceSummary::amountExclVat).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total(page, "total")).isEqualByComparingTo(invoiced);
    }

    @Test
    void theDepartmentLevelAddsUpTheUsers() {
        ReportPage page = run(ReportKind.COST_PER_DEPARTMENT, "period=last-month");
        assertThat(page.report().request().level()).isEqualTo(ReportLevel.DEPARTMENT);
        Map<String, Object[]> rows = byColumn(page, "department");
        Object[] salg = rows.get(company.account(0).number() + " Salg");
        assertThat(money(page, salg, "total")).isEqualByComparingTo(SALG);
        assertThat(value(page, salg, "subscriptions")).isEqualTo(2L);
        assertThat(money(page, rows.get(company.account(1).number() + " Drift"), "total")).isEqualByComparingTo(DRIFT);
    }

    @Test
    void anInvoicePeriodEqualsEachInvoiceToTheØre() {
        for (InvoiceSummary invoice : issued) {
            ReportPage page = run(ReportKind.COST_PER_USER, "period=invoice&invoice=" + invoice.number());
            assertThat(total(page, "total")).isEqualByComparingTo(invoice.amountExclVat());
            assertThat(page.report().period().invoices()).singleElement()
                    .satisfies(covered -> assertThat(covered.total()).isEqualByComparingTo(invoice.total()));
            ReportPage lines = run(ReportKind.INVOICE_SPECIFICATION, "period=invoice&invoice=" + invoice.number());
            assertThat(total(lines, "amount")).isEqualByComparingTo(invoice.amountExclVat());
        }
        ReportPage latest = run(ReportKind.COST_BY_TRAFFIC_TYPE, "period=last-invoices");
        assertThat(latest.report().period().invoices()).hasSize(2);
        assertThat(total(latest, "total")).isEqualByComparingTo(SALG.add(DRIFT));
    }

    @Test
    void aTimePeriodEqualsTheRollups() {
        LocalDate from = m.atDay(5);
        LocalDate to = m.atDay(25);
        ReportPage page = run(ReportKind.COST_BY_TRAFFIC_TYPE, "level=user&period=time&from=" + from + "&to=" + to);
        BigDecimal rolledUp = jdbc.sql("""
                select coalesce(sum(amount), 0) from usage_daily where company_id = :company and day between :from and :to""")
                .param("company", company.id()).param("from", from).param("to", to).query(BigDecimal.class).single();
        BigDecimal usage = total(page, "calls").add(total(page, "messages_amount")).add(total(page, "data"))
                .add(total(page, "content"));
        assertThat(usage).isEqualByComparingTo(rolledUp).isEqualByComparingTo("11.27");
        assertThat(total(page, "of_which_abroad")).isEqualByComparingTo("5.98");
        // fees for 21 of M's days, each subscription's billed fee by day, rounded to øre
        BigDecimal days = BigDecimal.valueOf(21);
        BigDecimal length = BigDecimal.valueOf(m.lengthOfMonth());
        BigDecimal fees = Arrays.stream(new String[] {"279.00", "49.00", "299.00", "279.00"})
                .map(fee -> new BigDecimal(fee).multiply(days).divide(length, 2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total(page, "fees")).isEqualByComparingTo(fees);
        assertThat(total(page, "extra_packages")).isEqualByComparingTo("79.00");
    }

    @Test
    void runningIsBilledPlusNotYetBilled() {
        ReportPage page = run(ReportKind.RUNNING_COST, "");
        Map<String, Object[]> rows = byNumber(page);
        assertThat(money(page, rows.get(a.display()), "billed")).isEqualByComparingTo("403.00");
        LocalDate today = Oslo.today(clock);
        BigDecimal soFar = BigDecimal.valueOf(today.getDayOfMonth());
        BigDecimal length = BigDecimal.valueOf(today.lengthOfMonth());
        BigDecimal basisFee = new BigDecimal("49.00").multiply(soFar).divide(length, 2, RoundingMode.HALF_UP);
        assertThat(money(page, rows.get(b.display()), "unbilled")).isEqualByComparingTo(basisFee.add(new BigDecimal("0.39")));
        assertThat(total(page, "billed")).isEqualByComparingTo(SALG.add(DRIFT));
        assertThat(total(page, "total")).isEqualByComparingTo(total(page, "billed").add(total(page, "unbilled")));
    }

    @Test
    void usageReportsCountTheHandWorkedTraffic() {
        Map<String, Object[]> usage = byNumber(run(ReportKind.USAGE_PER_USER, "period=last-month"));
        ReportPage usagePage = run(ReportKind.USAGE_PER_USER, "period=last-month");
        assertThat(value(usagePage, usage.get(b.display()), "calls_made")).isEqualTo(720L);
        assertThat(value(usagePage, usage.get(b.display()), "messages_sent")).isEqualTo(1L);
        assertThat(value(usagePage, usage.get(a.display()), "calls_made")).isEqualTo(300L);

        ReportPage abroad = run(ReportKind.USAGE_ABROAD, "period=last-month");
        assertThat(abroad.rows()).singleElement().satisfies(row -> {
            assertThat(value(abroad, row, "number")).isEqualTo(b.display());
            assertThat(value(abroad, row, "calls_made")).isEqualTo(120L);
            assertThat((BigDecimal) value(abroad, row, "usage_amount")).isEqualByComparingTo("5.98");
        });

        ReportPage data = run(ReportKind.DATA_USAGE, "period=last-month");
        Object[] router = byNumber(data).get(c.display());
        assertThat((BigDecimal) value(data, router, "package_mb")).isEqualByComparingTo("50.0");
        assertThat((BigDecimal) value(data, router, "package_gb")).isEqualByComparingTo("50.0");
        assertThat(value(data, byNumber(data).get(a.display()), "extra_packages_bought")).isEqualTo(1L);
    }

    @Test
    void listReportsShowThePackagesContentAndSubscriptions() {
        ReportPage packages = run(ReportKind.EXTRA_PACKAGES, "period=last-month");
        assertThat(packages.rows()).singleElement().satisfies(row -> {
            assertThat(value(packages, row, "payer")).isEqualTo("COMPANY");
            assertThat((BigDecimal) value(packages, row, "price")).isEqualByComparingTo("79.00");
        });
        ReportPage content = run(ReportKind.CONTENT_SERVICES, "period=last-month");
        assertThat(content.rows()).singleElement()
                .satisfies(row -> assertThat(value(content, row, "provider")).isEqualTo("EasyPark"));
        assertThat(total(content, "content_amount")).isEqualByComparingTo("45.00");
        ReportPage subscriptions = run(ReportKind.SUBSCRIPTIONS, "period=last-month");
        assertThat(subscriptions.rowCount()).isEqualTo(4);
        assertThat(subscriptions.rows()).allSatisfy(row -> assertThat(value(subscriptions, row, "status")).isEqualTo("ACTIVE"));
        ReportPage broadband = run(ReportKind.SUBSCRIPTIONS, "period=last-month&productGroup=BROADBAND");
        assertThat(broadband.rows()).singleElement()
                .satisfies(row -> assertThat(value(broadband, row, "number")).isEqualTo(c.display()));
        ReportPage named = run(ReportKind.COST_PER_USER, "period=last-month&user=bjørn");
        assertThat(named.rows()).singleElement()
                .satisfies(row -> assertThat(value(named, row, "number")).isEqualTo(b.display()));
    }

    @Test
    void aLimitedUserSeesOnlyTheirCustomerNumbers() {
        AccessScope drift = new AccessScope(company.id(), Set.of(company.account(1).id()));
        ReportPage page = reports.page(drift, request(ReportKind.COST_PER_USER, "period=last-month"), 1, 100, Locale.ROOT);
        assertThat(byNumber(page)).containsOnlyKeys(c.display(), limited.display());
        assertThat(total(page, "total")).isEqualByComparingTo(DRIFT);
        // asking for Salg's customer number too narrows nothing beyond the grant
        ReportPage asked = reports.page(drift, request(ReportKind.COST_PER_USER,
                "period=last-month&account=" + company.account(0).id()), 1, 100, Locale.ROOT);
        assertThat(asked.rows()).isEmpty();
        long salgInvoice = issued.stream().filter(i -> i.customerAccountId() == company.account(0).id()).findFirst()
                .orElseThrow().number();
        assertThatThrownBy(() -> reports.page(drift, request(ReportKind.COST_PER_USER, "period=invoice&invoice=" + salgInvoice),
                1, 100, Locale.ROOT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Long.toString(salgInvoice));
    }

    @Test
    void theFilesCarryTheSameFiguresAsExcelAndACsvExcelOpens() throws IOException {
        PortalHttpClient browser = new PortalHttpClient(port);
        browser.logIn(a, outbox);
        PortalHttpClient.Page web = browser.get("/reports/cost-per-user?period=last-month");
        assertThat(web.status()).isEqualTo(200);
        assertThat(web.body()).contains("1\u00a0041,27");

        PortalHttpClient.Download csv = browser.download("/reports/cost-per-user.csv?period=last-month");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.content()).startsWith(0xEF, 0xBB, 0xBF);
        List<String[]> lines = new String(csv.content(), StandardCharsets.UTF_8).substring(1).lines()
                .map(line -> line.split(";", -1)).toList();
        int totalColumn = Arrays.asList(lines.get(0)).indexOf("Sum eks. mva. (kr)");
        BigDecimal csvTotal = lines.stream().skip(1)
                .map(fields -> new BigDecimal(fields[totalColumn].replace(',', '.'))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(csvTotal).isEqualByComparingTo(SALG.add(DRIFT));

        PortalHttpClient.Download excel = browser.download("/reports/cost-per-department.xlsx?period=last-month");
        assertThat(excel.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int column = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if ("Sum eks. mva. (kr)".equals(header.getCell(i).getStringCellValue())) {
                    column = i;
                }
            }
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
            assertThat(BigDecimal.valueOf(totals.getCell(column).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(SALG.add(DRIFT));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(company.account(0).number() + " Salg");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(0).getStringCellValue()).isEqualTo(company.company().name());
        }
        PortalHttpClient.Download pdf = browser.download("/reports/cost-per-user.pdf?period=last-month");
        assertThat(pdf.status()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Kostnad per bruker", company.company().name(), "Bjørn Basis", b.display(), "Side 1 av 1",
                    "1 041,27", "Forrige måned");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :company and action in ('REPORT_RUN', 'DOWNLOADED')")
                .param("company", company.id()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    private ReportPage run(ReportKind kind, String query) {
        return reports.page(AccessScope.wholeCompany(company.id()), request(kind, query), 1, 100, Locale.ROOT);
    }

    private static ReportRequest request(ReportKind kind, String query) {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                parameters.add(parts[0], parts[1]);
            }
        }
        return ReportRequest.parse(kind, parameters);
    }

    private static Map<String, Object[]> byNumber(ReportPage page) {
        return byColumn(page, "number");
    }

    private static Map<String, Object[]> byColumn(ReportPage page, String key) {
        int index = index(page, key);
        return page.rows().stream().collect(Collectors.toMap(row -> (String) row[index], Function.identity()));
    }

    private static int index(ReportPage page, String key) {
        List<ReportColumn> columns = page.report().columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key + " in " + columns);
    }

    private static Object value(ReportPage page, Object[] row, String key) {
        assertThat(row).as("row").isNotNull();
        return row[index(page, key)];
    }

    private static BigDecimal money(ReportPage page, Object[] row, String key) {
        return (BigDecimal) value(page, row, key);
    }

    private static BigDecimal total(ReportPage page, String key) {
        return (BigDecimal) page.totals()[index(page, key)];
    }
}
