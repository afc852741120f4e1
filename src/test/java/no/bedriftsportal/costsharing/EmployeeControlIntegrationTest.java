package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.ThisMonthsCdrs;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The employee page of invoice control (#14.2, #14.6): employee number (unique in the company: the
 * message by the field, what was typed kept) and pay type, the agreement with a scanned copy (PDF,
 * JPEG or PNG, at most 5 MB; downloaded in the audit log), opening balances, and the month's content
 * purchases marked work or private by the administrator (by name, in the audit log, the month
 * computed again). An employee is found only in the user's company and customer numbers.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class EmployeeControlIntegrationTest {

    private static final String PDF = "%PDF-1.4 avtale om trekk i lonn";

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    Companies companies;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    EmployeeControl employees;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    ApplicationEvents events;

    TestCompany company;
    Msisdn superUser;
    Msisdn operationsController;
    Msisdn kari;
    long kariId;
    YearMonth month;

    @BeforeAll
    void anEmployeeWithAContentPurchase() {
        company = mother.company("Salg", "Drift");
        superUser = company.superUser();
        kari = company.subscriber(0, "FRI_5", "Kari Innhold");
        kariId = subscriptions.activeToday(company.id(), kari).orElseThrow().employeeId();
        companies.registerEmployee(company.id(), new RegisterEmployee("Per Nummer", null, "P-" + company.id(), null));
        company.subscriber(1, "FRI_5", "Ola Drift");
        operationsController = company.userWith(Set.of(PortalModule.INVOICE_CONTROL), 1);
        month = Oslo.monthOf(clock.instant());
        ThisMonthsCdrs.ingest(ingest, "employee-content-" + company.id() + ".csv", "emp-" + company.id() + "-1," + kari.value()
                + ",CONTENT," + ThisMonthsCdrs.start(clock) + ",,2020,NO,,,40.00,25,Easy Park,Parkering Aker Brygge\n");
    }

    @Test
    void theEmployeeNumberIsUniqueInTheCompanyWithTheMessageByTheFieldAndTheTypingKept() {
        PortalHttpClient admin = signedIn(superUser);
        admin.get(path(""));
        PortalHttpClient.Page taken = admin.post(path(""), Map.of("employeeNumber", "P-" + company.id(), "payType", "5210B"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("id=\"employeeNumber-error\"", "Ansattnummeret P-" + company.id() + " er allerede brukt",
                "value=\"5210B\"");

        PortalHttpClient.Page saved = admin.post(path(""), Map.of("employeeNumber", "K-" + company.id(), "payType", "5299"));
        assertThat(saved.status()).isEqualTo(302);
        Employee after = companies.employee(company.id(), kariId).orElseThrow();
        assertThat(after.employeeNumber()).isEqualTo("K-" + company.id());
        assertThat(after.payType()).isEqualTo("5299");
        assertThat(admin.get(path("")).body()).contains("Ansattnummer og lønnsart er lagret.");
    }

    @Test
    void theAgreementWithAScannedCopyIsRecordedDownloadedInTheAuditLogAndRemoved() {
        PortalHttpClient admin = signedIn(superUser);
        admin.get(path(""));
        PortalHttpClient.Download notPdf = admin.exchange("POST", path("/agreement"), MULTIPART,
                multipart(Oslo.today(clock).minusDays(3).toString(), "avtale.pdf", "application/pdf", "hei, jeg er tekst"));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(new String(notPdf.content(), StandardCharsets.UTF_8)).contains("id=\"file-error\"", "Filen må være PDF, JPEG eller PNG.");

        PortalHttpClient.Download recorded = admin.exchange("POST", path("/agreement"), MULTIPART,
                multipart(Oslo.today(clock).minusDays(3).toString(), "avtale.pdf", "application/pdf", PDF));
        assertThat(recorded.status()).isEqualTo(302);
        Agreement agreement = employees.agreement(AccessScope.wholeCompany(company.id()), kariId).orElseThrow();
        assertThat(agreement.signedOn()).isEqualTo(Oslo.today(clock).minusDays(3));
        assertThat(agreement.fileName()).isEqualTo("avtale.pdf");
        assertThat(admin.get(path("")).body()).contains("id=\"agreement-recorded\"", "id=\"agreement-file\"");

        PortalHttpClient.Download file = admin.download(path("/agreement/file"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo(PDF);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and facts->>'kind' = 'SALARY_AGREEMENT'")
                .param("c", company.id()).query(Long.class).single()).isEqualTo(1);

        admin.get(path(""));
        assertThat(admin.post(path("/agreement/delete"), Map.of()).status()).isEqualTo(302);
        assertThat(employees.agreement(AccessScope.wholeCompany(company.id()), kariId)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action in ('AGREEMENT_RECORDED', 'AGREEMENT_REMOVED')")
                .param("c", company.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anOpeningBalanceIsTypedInNorwegian() {
        PortalHttpClient admin = signedIn(superUser);
        admin.get(path(""));
        int year = Oslo.today(clock).getYear();
        assertThat(admin.post(path("/opening-balances"), Map.of("year", String.valueOf(year), "amount", "1 234,50")).status())
                .isEqualTo(302);
        assertThat(employees.openingBalances(AccessScope.wholeCompany(company.id()), kariId))
                .extracting(OpeningBalance::year, OpeningBalance::amount).containsExactly(org.assertj.core.groups.Tuple.tuple(year,
                        new BigDecimal("1234.50")));
        PortalHttpClient.Page refused = admin.post(path("/opening-balances"), Map.of("year", String.valueOf(year), "amount", "-5"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"amount-error\"", "value=\"-5\"");
    }

    @Test
    void theAdministratorMarksAContentPurchaseWorkOrPrivateAndTheMonthIsComputedAgain() {
        PortalHttpClient admin = signedIn(superUser);
        String page = admin.get(path("?month=" + month)).body();
        String cdrId = "emp-" + company.id() + "-1";
        assertThat(page).contains("data-purchase=\"" + cdrId + "/0\" data-classification=\"\"", "Parkering Aker Brygge", "Easy Park",
                "50,00");

        PortalHttpClient.Page marked = admin.post(path("/classifications"), Map.of("cdrId", cdrId, "piece", 0,
                "classification", "PRIVATE", "month", month.toString()));
        assertThat(marked.status()).isEqualTo(302);
        assertThat(jdbc.sql("select classification || ' ' || classified_by from content_classification where company_id = :c and cdr_id = :id")
                .param("c", company.id()).param("id", cdrId).query(String.class).single()).isEqualTo("PRIVATE ADMIN");
        assertThat(admin.get(path("?month=" + month)).body()).contains("data-classification=\"PRIVATE\"");
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action = 'CONTENT_CLASSIFIED'")
                .param("c", company.id()).query(Long.class).single()).isEqualTo(1);

        ContentPurchase work = no.bedriftsportal.SignedInCall.as(company.id(), "+4790000001", "Admin Adminsen",
                () -> employees.classify(AccessScope.wholeCompany(company.id()), cdrId, 0, Classification.WORK, null,
                        new ChangedBy("Admin Adminsen")));
        assertThat(work.classification()).isEqualTo(Classification.WORK);
        assertThat(work.classifiedByName()).isEqualTo("Admin Adminsen");
        assertThat(events.stream(ContentClassified.class)).containsExactly(new ContentClassified(company.id(), kariId, month));
    }

    @Test
    void aFinalMonthCanStillBeClassifiedAndThePageSaysItBecomesACorrection() {
        YearMonth last = month.minusMonths(1);
        jdbc.sql("""
                insert into costsharing_result (company_id, employee_id, month, status, computed_at, deduction, benefit, not_deducted)
                values (:c, :e, :m, 'FINAL', now(), 0, 0, 0)""").param("c", company.id()).param("e", kariId)
                .param("m", last.atDay(1)).update();
        PortalHttpClient admin = signedIn(superUser);

        assertThat(admin.get(path("?month=" + last)).body()).contains("id=\"month-final\"", "en endring nå blir en korreksjon");
        assertThat(admin.get(path("?month=" + month)).body()).doesNotContain("id=\"month-final\"");
    }

    @Test
    void aSubscriptionsProfileIsChosenOnTheEmployeePage() {
        PortalHttpClient admin = signedIn(superUser);
        long subscriptionId = subscriptions.activeToday(company.id(), kari).orElseThrow().id();
        admin.get(path(""));
        assertThat(admin.post(path("/profile"), Map.of("subscriptionId", subscriptionId, "choice", "NO_PROFILE")).status()).isEqualTo(302);
        assertThat(admin.get(path("")).body()).contains("<option value=\"NO_PROFILE\" selected>");
        PortalHttpClient.Page refused = admin.post(path("/profile"), Map.of("subscriptionId", subscriptionId, "choice", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"choice-error\"");
    }

    @Test
    void aUserOfOtherCustomerNumbersFindsNeitherTheEmployeeNorThePurchase() {
        PortalHttpClient operations = signedIn(operationsController);
        assertThat(operations.get(path("")).status()).isEqualTo(404);
        operations.get("/invoice-control/users");
        assertThat(operations.post(path("/classifications"), Map.of("cdrId", "emp-" + company.id() + "-1", "piece", 0,
                "classification", "WORK", "month", month.toString())).status()).isEqualTo(404);
    }

    private String path(String rest) {
        return "/invoice-control/employees/" + kariId + rest;
    }

    private static final String BOUNDARY = "employee-test-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private static String multipart(String signedOn, String fileName, String type, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"signedOn\"\r\n\r\n" + signedOn + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }

    /** One session per person for the class (logins are rate limited per number). */
    private final java.util.Map<Msisdn, PortalHttpClient> sessions = new java.util.HashMap<>();

    private PortalHttpClient signedIn(Msisdn msisdn) {
        return sessions.computeIfAbsent(msisdn, number -> {
            PortalHttpClient client = new PortalHttpClient(port);
            client.logIn(number, outbox);
            return client;
        });
    }
}
