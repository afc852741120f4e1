package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * The results pages (issue #14.5, #14.7) over stored results: a final and a preliminary month, the
 * employee's lines with their events, the Excel file read back with POI, the payroll file's
 * refusals, and another company's admin kept out. Results are stored directly, so no test here
 * needs the calculator; only a written payroll file needs {@link PayrollFiles} (skipped until then).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class ResultsPagesIntegrationTest {

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    ResultStore store;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    Results results;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    long kari;
    long per;
    Msisdn kariNumber;
    PortalHttpClient admin;
    PortalHttpClient otherAdmin;

    @BeforeAll
    void resultsOfTwoMonths() {
        company = companies.company("Salg", "Drift");
        Msisdn superUser = company.superUser();
        kariNumber = company.subscriber(0, "FRI_5", "Kari Resultat");
        kari = employee(kariNumber);
        per = employee(company.subscriber(1, "FRI_5", "Per Utennummer"));
        jdbc.sql("update employee set employee_number = null where company_id = :c and employee_id = :e")
                .param("c", company.id()).param("e", per).update();
        long subscription = jdbc.sql("select subscription_id from subscription where msisdn = :m").param("m", kariNumber.value())
                .query(Long.class).single();
        EmployeeMonth.ProfileInForce profile = new EmployeeMonth.ProfileInForce(77, 3, "Privat bruk betales selv",
                ProfileRules.privateUse());
        ResultLine traffic = new ResultLine(ResultLine.Kind.TRAFFIC, ResultLine.Treatment.DEDUCTION, subscription, "masked",
                profile, "ABROAD", new BigDecimal("750.00"), null, List.of(new ResultLine.EventRef("e-1", 0,
                        Instant.parse("2026-09-07T18:00:00Z"), "Data i USA, 150 MB", new BigDecimal("750.00"))));
        ResultLine free = new ResultLine(ResultLine.Kind.FREE_AMOUNT, ResultLine.Treatment.DEDUCTION, subscription, "masked",
                profile, "FREE_AMOUNT", new BigDecimal("-100.00"), null, List.of());
        ResultLine content = new ResultLine(ResultLine.Kind.CONTENT, ResultLine.Treatment.DEDUCTION, null, null, profile,
                "DEDUCT_ALL_PRIVATE", new BigDecimal("120.00"), null, List.of(
                        new ResultLine.EventRef("e-2", 0, Instant.parse("2026-09-04T10:00:00Z"), "Redd Barna, Innsamling",
                                new BigDecimal("100.00")),
                        new ResultLine.EventRef("e-3", 0, Instant.parse("2026-09-05T10:00:00Z"), "EasyPark, Parkering",
                                new BigDecimal("20.00"))));
        ResultLine benefit = new ResultLine(ResultLine.Kind.CONTENT, ResultLine.Treatment.BENEFIT, null, null,
                new EmployeeMonth.ProfileInForce(78, 1, "Standard", ProfileRules.standard()), "BENEFIT", new BigDecimal("70.00"),
                null, List.of());
        store.replacePreliminary(company.id(), SEPTEMBER, null, List.of(
                new ResultStore.Computed(kari, LocalDate.of(2026, 1, 5), new EmployeeMonthResult(new BigDecimal("770.00"),
                        zero(), zero(), List.of(traffic, free, content))),
                new ResultStore.Computed(per, null, new EmployeeMonthResult(zero(), new BigDecimal("70.00"), zero(),
                        List.of(benefit)))), Instant.parse("2026-10-11T02:15:00Z"));
        store.markFinal(company.id(), SEPTEMBER);
        store.replacePreliminary(company.id(), OCTOBER, null, List.of(new ResultStore.Computed(kari, LocalDate.of(2026, 1, 5),
                new EmployeeMonthResult(new BigDecimal("120.00"), zero(), zero(), List.of(content)))),
                Instant.parse("2026-11-02T02:00:00Z"));
        admin = new PortalHttpClient(port);
        admin.logIn(superUser, outbox);
        otherAdmin = new PortalHttpClient(port);
        otherAdmin.logIn(companies.company().superUser(), outbox);
    }

    @Test
    void theMonthShowsItsStatusTotalsAndEmployees() {
        PortalHttpClient.Page page = admin.get("/invoice-control/results?month=2026-09");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"FINAL\"", "Endelig", "Kari Resultat", "Per Utennummer",
                "/invoice-control/results/2026-09/employees/" + kari, "Mangler avtale om trekk i lønn",
                "data-total=\"deduction\">770,00", "data-total=\"benefit\">70,00", "data-total=\"employees\">2",
                "<option value=\"2026-10\"");
    }

    @Test
    void withoutAMonthTheLatestIsShownAsPreliminaryUntilTheDeadline() {
        PortalHttpClient.Page page = admin.get("/invoice-control/results");

        assertThat(page.body()).contains("data-status=\"PRELIMINARY\"", "Foreløpig til 10.11.2026", "Kari Resultat")
                .doesNotContain("Per Utennummer");
    }

    @Test
    void theEmployeesPageShowsTheLinesProfileVersionAndEventsNeverWhoWasCalled() {
        PortalHttpClient.Page page = admin.get("/invoice-control/results/2026-09/employees/" + kari);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Kari Resultat", "Profil Privat bruk betales selv, versjon 3", "Bruk i og til utlandet",
                "Fribeløp", "Private innholdstjenester", "Data i USA, 150 MB", "EasyPark, Parkering", "−100,00",
                "Signert 05.01.2026", "Alle abonnementer");
        assertThat(admin.get("/invoice-control/results/2026-08/employees/" + kari).body())
                .contains("Ingen resultat for Kari Resultat denne måneden.");
    }

    @Test
    void anAdminOfOneCustomerNumberSeesTheEmployeesWithASubscriptionThere() {
        PortalHttpClient drift = new PortalHttpClient(port);
        drift.logIn(company.userWith(java.util.Set.of(no.bedriftsportal.identity.PortalModule.INVOICE_CONTROL), 1), outbox);

        assertThat(drift.get("/invoice-control/results?month=2026-09").body()).contains("Per Utennummer")
                .doesNotContain("Kari Resultat");
        assertThat(drift.get("/invoice-control/results/2026-09/employees/" + kari).status()).isEqualTo(404);
        assertThat(drift.get("/invoice-control/results/2026-09/employees/" + per).status()).isEqualTo(200);
    }

    @Test
    void anotherCompanysAdminSeesNothing() {
        assertThat(otherAdmin.get("/invoice-control/results/2026-09/employees/" + kari).status()).isEqualTo(404);
        assertThat(otherAdmin.get("/invoice-control/results?month=2026-09").body()).doesNotContain("Kari Resultat");
    }

    @Test
    void theExcelFileHasTheEmployeesAndLinesAndIsInTheAuditLog() throws Exception {
        PortalHttpClient.Download file = admin.download("/invoice-control/results/2026-09/excel");

        assertThat(file.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet employees = workbook.getSheetAt(0);
            assertThat(employees.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ansatt");
            assertThat(employees.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kari Resultat");
            assertThat(employees.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(770.00);
            assertThat(employees.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(70.00);
            Sheet lines = workbook.getSheetAt(1);
            assertThat(lines.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Bruk i og til utlandet");
            assertThat(lines.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(750.00);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and facts::text like '%COSTSHARING_RESULTS_EXCEL%'")
                .param("c", company.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePayrollFileIsRefusedWhilePreliminaryAndNamesWhoLacksAnEmployeeNumber() {
        PortalHttpClient.Page preliminary = admin.get("/invoice-control/results/2026-10/payroll?format=VISMA_LONN");
        assertThat(preliminary.body()).contains("data-refusal=\"NOT_FINAL\"", "kan lages fra 11.11.2026");

        PortalHttpClient.Page lacking = admin.get("/invoice-control/results/2026-09/payroll?format=TRIPLETEX");
        assertThat(lacking.body()).contains("data-refusal=\"EMPLOYEE_NUMBERS_MISSING\"",
                "href=\"/invoice-control/employees/" + per + "\"", "Per Utennummer").doesNotContain("Kari Resultat");
    }

    @Test
    void theApiGivesTheMonthAndTheEmployeesLinesWithEvents() {
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ));

        CompanyApiClient.Response month = api.get("/api/v1/invoice-control/results?month=2026-09");
        assertThat(month.status()).isEqualTo(200);
        assertThat((String) month.json("$.status")).isEqualTo("FINAL");
        assertThat((String) month.json("$.totals.deduction")).isEqualTo("770.00");
        assertThat((String) month.json("$.totals.benefit")).isEqualTo("70.00");
        assertThat((List<String>) month.json("$.employees[*].name")).containsExactly("Kari Resultat", "Per Utennummer");
        assertThat((String) api.get("/api/v1/invoice-control/results").json("$.month")).isEqualTo("2026-10");

        CompanyApiClient.Response employee = api.get("/api/v1/invoice-control/results/2026-09/employees/" + kari);
        assertThat(employee.status()).isEqualTo(200);
        assertThat((List<String>) employee.json("$.lines[*].rule")).containsExactly("ABROAD", "FREE_AMOUNT", "DEDUCT_ALL_PRIVATE");
        assertThat((String) employee.json("$.lines[0].profile.name")).isEqualTo("Privat bruk betales selv");
        assertThat((Integer) employee.json("$.lines[0].profile.version")).isEqualTo(3);
        assertThat((String) employee.json("$.lines[0].events[0].description")).isEqualTo("Data i USA, 150 MB");
        assertThat((String) employee.json("$.lines[2].events[1].gross")).isEqualTo("20.00");
        assertThat(api.get("/api/v1/invoice-control/results/2026-09/employees/999999999").status()).isEqualTo(404);
    }

    @Test
    void theApiRefusesThePayrollFileWithAProblem() {
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ));

        CompanyApiClient.Response preliminary = api.get("/api/v1/invoice-control/results/2026-10/payroll?format=CSV");
        assertThat(preliminary.status()).isEqualTo(409);
        assertThat((String) preliminary.json("$.reason")).isEqualTo("NOT_FINAL");

        CompanyApiClient.Response lacking = api.get("/api/v1/invoice-control/results/2026-09/payroll?format=VISMA_LONN");
        assertThat(lacking.status()).isEqualTo(422);
        assertThat((List<Integer>) lacking.json("$.employees[*].employeeId")).containsExactly((int) per);
        assertThat((List<String>) lacking.json("$.employees[*].name")).containsExactly("Per Utennummer");

        CompanyApiClient.Response withoutScope = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.INVOICES_READ))
                .get("/api/v1/invoice-control/results?month=2026-09");
        assertThat(withoutScope.status()).isEqualTo(403);
    }

    @Test
    void thePayrollLinesTakeTheEmployeesOwnPayTypeElseTheCompanysAndNeedBoth() throws Exception {
        TestCompany payroll = companies.company();
        long own = employee(payroll.subscriber(0, "FRI_5", "Kari Egenlonnsart")); // pay type 5210 of her own
        long plain = employee(payroll.subscriber(0, "FRI_5", "Ola Vanlig"));
        jdbc.sql("update employee set pay_type = null where company_id = :c and employee_id = :e")
                .param("c", payroll.id()).param("e", plain).update();
        store.replacePreliminary(payroll.id(), SEPTEMBER, null, List.of(
                new ResultStore.Computed(own, LocalDate.of(2026, 1, 1), new EmployeeMonthResult(new BigDecimal("770.00"), zero(),
                        zero(), List.of())),
                new ResultStore.Computed(plain, LocalDate.of(2026, 1, 1), new EmployeeMonthResult(new BigDecimal("100.00"),
                        new BigDecimal("70.00"), zero(), List.of()))), Instant.parse("2026-10-11T02:15:00Z"));
        store.markFinal(payroll.id(), SEPTEMBER);
        no.bedriftsportal.shared.AccessScope scope = no.bedriftsportal.shared.AccessScope.wholeCompany(payroll.id());

        assertThat(results.plan(scope, SEPTEMBER).refusal()).isEqualTo(Results.Refusal.DEDUCTION_PAY_TYPE_MISSING);
        jdbc.sql("""
                insert into costsharing_settings_version (company_id, version, saved_at, saved_by, content_deadline_day,
                        unclassified_as, deduction_pay_type, benefit_pay_type, working_hours, closed_days)
                values (:c, 1, '2026-01-01T10:00:00Z', 'Test', 10, 'PRIVATE', '7100', '5000', '{}', '[]')""")
                .param("c", payroll.id()).update();
        Results.PayrollPlan plan = results.plan(scope, SEPTEMBER);

        assertThat(plan.refusal()).isNull();
        assertThat(plan.lines()).extracting(PayrollLine::employeeName, PayrollLine::payType, line -> line.amount().toPlainString(),
                PayrollLine::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kari Egenlonnsart", "5210", "770.00", "Lønnstrekk mobil september 2026"),
                        org.assertj.core.groups.Tuple.tuple("Ola Vanlig", "7100", "100.00", "Lønnstrekk mobil september 2026"),
                        org.assertj.core.groups.Tuple.tuple("Ola Vanlig", "5000", "70.00",
                                "Skattepliktig fordel mobil september 2026"));
        assertThat(plan.lines()).allSatisfy(line -> assertThat(line.period()).isEqualTo(SEPTEMBER));

        PortalHttpClient payrollAdmin = new PortalHttpClient(port);
        payrollAdmin.logIn(payroll.superUser(), outbox);
        // Visma Lønn takes employee numbers of digits only: Kari's E41000008 is named to be fixed, nothing is written wrong
        PortalHttpClient.Download refused = payrollAdmin.download("/invoice-control/results/2026-09/payroll?format=VISMA_LONN");
        assertThat(new String(refused.content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("data-refusal=\"NUMBERS_UNFIT_FOR_FORMAT\"").contains("Kari Egenlonnsart");
        PortalHttpClient.Download file = payrollAdmin.download("/invoice-control/results/2026-09/payroll?format=CSV");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).contains(PayrollFiles.fileName(PayrollFormat.CSV, SEPTEMBER));
        assertThat(file.content()).isEqualTo(PayrollFiles.write(PayrollFormat.CSV, plan.lines()));
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and facts::text like '%PAYROLL_FILE%'")
                .param("c", payroll.id()).query(Long.class).single()).isEqualTo(1);
    }

    private long employee(Msisdn msisdn) {
        return jdbc.sql("select employee_id from subscription where msisdn = :m").param("m", msisdn.value()).query(Long.class).single();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
