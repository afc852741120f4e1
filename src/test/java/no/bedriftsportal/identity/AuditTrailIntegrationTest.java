package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Every opening of another person's detail and every dashboard export is in the audit log, in
 * words, with who, whose, when and from where (#11.4, DOMAIN-RULES "Privacy"); access changes
 * read as sentences in both languages. (Invoice downloads: {@code InvoicePagesIntegrationTest}.)
 */
@PortalIntegrationTest
class AuditTrailIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn superUser;
    Msisdn kari;
    PortalHttpClient admin;

    @BeforeEach
    void superUserSignedIn() {
        company = mother.company("Salg", "Drift");
        superUser = company.superUser();
        kari = company.subscriber(1, "FRI_5", "Kari Nordmann");
        admin = new PortalHttpClient(port);
        admin.logIn(superUser, outbox);
    }

    @Test
    void openingAUsersPanelIsLoggedWithWhoseNameAndAMaskedNumber() {
        assertThat(admin.getHtmx("/dashboard/users/" + subscriptionId(kari) + "?users=THIS_MONTH").status()).isEqualTo(200);

        Map<String, Object> entry = latest("PERSON_VIEWED");
        assertThat(entry).containsEntry("actor", superUser.value()).containsEntry("subject", kari.value())
                .containsEntry("client_address", "127.0.0.1");
        assertThat(admin.get("/settings/audit?action=PERSON_VIEWED").body())
                .contains("Åpnet brukerdetaljer for Kari Nordmann (" + masked(kari) + ")")
                .doesNotContain(kari.display());
    }

    @Test
    void openingAUsersDataPackagesIsLogged() {
        assertThat(admin.getHtmx("/dashboard/data/users/" + subscriptionId(kari) + "?data=THIS_MONTH").status()).isEqualTo(200);

        assertThat(latest("PERSON_VIEWED")).containsEntry("subject", kari.value());
        assertThat(admin.get("/settings/audit").body()).contains("Åpnet datapakken til Kari Nordmann (" + masked(kari) + ")");
    }

    @Test
    void aPanelOutsideTheScopeIsNotFoundAndNotLogged() {
        TestCompany other = mother.company("Annen");
        Msisdn outsider = other.subscriber(0, "FRI_5", "Ola Utenfor");

        assertThat(admin.getHtmx("/dashboard/users/" + subscriptionId(other, outsider) + "?users=THIS_MONTH").status()).isEqualTo(404);

        assertThat(actions()).doesNotContain("PERSON_VIEWED");
    }

    @Test
    void everyDashboardExcelDownloadIsLoggedInWords() {
        assertThat(admin.download("/dashboard/data.xlsx?data=THIS_MONTH").status()).isEqualTo(200);
        assertThat(admin.download("/dashboard/world.xlsx").status()).isEqualTo(200);
        assertThat(admin.download("/dashboard/users.xlsx?users=LAST_MONTH").status()).isEqualTo(200);

        String log = admin.get("/settings/audit?action=DOWNLOADED").body();
        java.time.LocalDate today = Oslo.today(clock);
        assertThat(log).contains("Lastet ned mobildata for " + DateTimeFormatter.ofPattern("MM.yyyy").format(today) + " som Excel",
                "–" + NorwegianFormat.date(today) + " som Excel").containsPattern("Lastet ned bruk i utlandet for \\d\\d\\.\\d\\d\\.\\d{4}–");
        assertThat(log).contains("Lastet ned brukerlisten for "
                + DateTimeFormatter.ofPattern("MM.yyyy").format(today.minusMonths(1)) + " som Excel");
        assertThat(count(log, "data-action=\"DOWNLOADED\"")).isEqualTo(3);
    }

    @Test
    void anAccessGrantReadsAsASentenceInNorwegianAndInEnglish() {
        Msisdn ola = company.subscriber(0, "FRI_5", "Ola Nordmann");
        admin.get("/settings/access/new");
        admin.post("/settings/access", Map.of("msisdn", ola.national(), "role", "USER",
                "customerAccounts", List.of(company.account(1).id(), company.account(0).id()), "modules", List.of("DASHBOARD", "INVOICES")));

        String norwegian = admin.get("/settings/audit?action=ACCESS_GRANTED").body();
        String english = admin.get("/settings/audit?action=ACCESS_GRANTED&lang=en").body();

        assertThat(norwegian).contains("Ga Ola Nordmann tilgang til kundenumrene " + company.account(0).number() + " (Salg) og "
                + company.account(1).number() + " (Drift) med modulene Dashboard og Faktura");
        assertThat(english).contains("Gave Ola Nordmann access to customer numbers " + company.account(0).number() + " (Salg) and "
                + company.account(1).number() + " (Drift) with the modules Dashboard and Invoices");
    }

    private long subscriptionId(Msisdn msisdn) {
        return subscriptionId(company, msisdn);
    }

    private long subscriptionId(TestCompany owner, Msisdn msisdn) {
        return subscriptions.list(AccessScope.wholeCompany(owner.id())).stream()
                .filter(subscription -> subscription.msisdn().equals(msisdn)).findFirst().orElseThrow().id();
    }

    private Map<String, Object> latest(String action) {
        return jdbc.sql("""
                select actor, subject, client_address, occurred_at from audit_event
                where company_id = :c and action = :a order by audit_event_id desc limit 1""")
                .param("c", company.id()).param("a", action).query().singleRow();
    }

    private List<String> actions() {
        return jdbc.sql("select action from audit_event where company_id = :c").param("c", company.id()).query(String.class).list();
    }

    static String masked(Msisdn msisdn) {
        String national = msisdn.national();
        return "+47 " + national.charAt(0) + "xx xx " + national.substring(5);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
