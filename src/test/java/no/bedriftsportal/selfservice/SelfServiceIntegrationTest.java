package no.bedriftsportal.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.ThisMonthsCdrs;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The employee's side (#15.1–15.3): an employee without portal access logs in with an SMS code and
 * lands on their own page; the administration is closed to them; an administrator who holds a
 * subscription switches to their own page and back; an employee classifies their own content
 * purchases (never a colleague's) until the deadline, and sees their own calls unmasked.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SmsOutbox outbox;

    TestCompany company;
    Msisdn kari;
    Msisdn ola;
    Msisdn admin;
    YearMonth month;
    String kariCdr;
    String olaCdr;

    @BeforeAll
    void twoEmployeesWithAContentPurchaseAndACallEach() {
        company = mother.company("Salg", "Drift");
        kari = company.subscriber(0, "FRI_5", "Kari Selv");
        ola = company.subscriber(1, "FRI_5", "Ola Kollega");
        admin = company.superUser();
        month = Oslo.monthOf(clock.instant());
        String start = ThisMonthsCdrs.start(clock);
        kariCdr = "self-" + company.id() + "-k";
        olaCdr = "self-" + company.id() + "-o";
        ThisMonthsCdrs.ingest(ingest, "self-service-" + company.id() + ".csv",
                kariCdr + "," + kari.value() + ",CONTENT," + start + ",,2020,NO,,,40.00,25,Easy Park,Parkering Aker Brygge\n"
                + olaCdr + "," + ola.value() + ",CONTENT," + start + ",,2020,NO,,,80.00,25,Easy Park,Parkering Bryggen\n"
                + kariCdr + "-call," + kari.value() + ",VOICE," + start + ",MO,+4722334455,NO,125,,,,,\n"
                + olaCdr + "-call," + ola.value() + ",VOICE," + start + ",MO,+4799887766,NO,60,,,,,\n");
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void anEmployeeWithoutPortalAccessLogsInToTheirOwnPageAndNeverReachesTheAdministration() {
        PortalHttpClient employee = signedIn(kari);
        assertThat(firstLogins.get(kari).redirectsTo("/me")).as("an employee lands on their own page").isTrue();
        Page own = employee.get("/me");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Min side", "Kari Selv", "data-breakdown").doesNotContain("Ola Kollega")
                .doesNotContain("action=\"/switch-side\"");

        assertThat(employee.get("/").redirectsTo("/me")).as("the logo's page leads to their own").isTrue();
        for (String administration : new String[] {"/dashboard/users", "/invoices", "/invoice-control/results", "/settings/access",
                "/invoice-control/users"}) {
            assertThat(employee.get(administration).status()).as(administration).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action = 'LOGIN_SUCCEEDED' and actor = :a")
                .param("c", company.id()).param("a", kari.value()).query(Long.class).single()).isPositive();
    }

    @Test
    void anAdministratorWhoHoldsASubscriptionSwitchesToTheirOwnPageAndBack() {
        PortalHttpClient person = new PortalHttpClient(port);
        assertThat(person.logIn(admin, outbox).redirectsTo("/")).isTrue();
        Page dashboard = person.get("/");
        assertThat(dashboard.body()).contains("action=\"/switch-side\"", "value=\"EMPLOYEE\"");

        assertThat(person.post("/switch-side", Map.of("to", "EMPLOYEE")).redirectsTo("/me")).isTrue();
        assertThat(person.get("/me").body()).contains("value=\"ADMINISTRATOR\"");
        assertThat(person.get("/invoice-control/results").status()).isEqualTo(403);

        assertThat(person.post("/switch-side", Map.of("to", "ADMINISTRATOR")).redirectsTo("/")).isTrue();
        assertThat(person.get("/invoice-control/results").status()).isEqualTo(200);
        assertThat(person.get("/me").status()).isEqualTo(403);

        PortalHttpClient employee = new PortalHttpClient(port);
        employee.logIn(ola, outbox);
        employee.get("/me");
        assertThat(employee.post("/switch-side", Map.of("to", "ADMINISTRATOR")).status())
                .as("an employee without portal access cannot switch to the administration").isEqualTo(403);
    }

    @Test
    void anEmployeeClassifiesTheirOwnPurchasesUntilTheDeadlineAndNeverAColleagues() {
        PortalHttpClient employee = signedIn(kari);
        Page page = employee.get("/me/content?month=" + month);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Parkering Aker Brygge", "50,00", "10,00", "data-deadline=\"open\"")
                .doesNotContain("Parkering Bryggen");

        Page colleagues = employee.post("/me/content", Map.of("month", month.toString(), "p:" + olaCdr + "/0", "WORK"));
        assertThat(colleagues.status()).as("a colleague's purchase is not found").isEqualTo(404);
        assertThat(classification(olaCdr)).isNull();

        Page saved = employee.post("/me/content", Map.of("month", month.toString(), "p:" + kariCdr + "/0", "WORK"));
        assertThat(saved.redirectsTo("/me/content?month=" + month)).isTrue();
        assertThat(classification(kariCdr)).isEqualTo("WORK/EMPLOYEE/Kari Selv");
        assertThat(employee.get("/me/content?month=" + month).body()).contains("1 kjøp endret");

        assertThat(employee.post("/me/content", Map.of("month", month.toString(), "all", "PRIVATE")).status()).isEqualTo(302);
        assertThat(classification(kariCdr)).isEqualTo("PRIVATE/EMPLOYEE/Kari Selv");
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action = 'CONTENT_CLASSIFIED' and actor = :a")
                .param("c", company.id()).param("a", kari.value()).query(Long.class).single()).isEqualTo(2);

        // the deadline is the 10th of the next month, the whole day in Oslo: the 11th is too late (a new login: the
        // session's twelve hours are over)
        clock.set(Oslo.startOf(month.plusMonths(1).atDay(11)).plusSeconds(60));
        PortalHttpClient late = new PortalHttpClient(port);
        late.logIn(kari, outbox);
        Page closed = late.get("/me/content?month=" + month);
        assertThat(closed.body()).contains("data-deadline=\"closed\"").doesNotContain("type=\"radio\"");
        Page refused = late.post("/me/content", Map.of("month", month.toString(), "p:" + kariCdr + "/0", "WORK"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Fristen er ute");
        assertThat(classification(kariCdr)).isEqualTo("PRIVATE/EMPLOYEE/Kari Selv");
    }

    @Test
    void anEmployeeSeesTheirOwnCallsUnmaskedAndNoColleagues() {
        PortalHttpClient employee = signedIn(kari);
        Page calls = employee.get("/me/calls?month=" + month);
        assertThat(calls.status()).isEqualTo(200);
        assertThat(calls.body()).contains("+4722334455", "Utgående samtale").doesNotContain("+4799887766");
    }

    private final Map<Msisdn, PortalHttpClient> sessions = new java.util.HashMap<>();
    private final Map<Msisdn, Page> firstLogins = new java.util.HashMap<>();

    /** One session per number for the class: a code per login, and codes are limited per number and hour. */
    private PortalHttpClient signedIn(Msisdn msisdn) {
        return sessions.computeIfAbsent(msisdn, number -> {
            PortalHttpClient client = new PortalHttpClient(port);
            firstLogins.put(number, client.logIn(number, outbox));
            return client;
        });
    }

    private String classification(String cdrId) {
        return jdbc.sql("""
                select classification || '/' || classified_by || '/' || classified_by_name from content_classification
                where company_id = :c and cdr_id = :cdr""")
                .param("c", company.id()).param("cdr", cdrId).query(String.class).optional().orElse(null);
    }
}
