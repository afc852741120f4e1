package no.bedriftsportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Lagrede rapporter through the pages (#16.6): saving from a report's actions (htmx gets the form
 * back in place), a limited user seeing and changing only their own, a super user all of the
 * company's, renaming with a taken name refused beside the field, a schedule set, switched off
 * and deleted on its own page, each change in the audit log. (Mail and runs: ReportMailIntegrationTest.)
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedReportsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox sms;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    PortalHttpClient admin;
    PortalHttpClient limited;
    Msisdn limitedNumber;

    @BeforeAll
    void aSuperUserAndAUserOfOneCustomerNumberWithReports() {
        company = mother.company("Salg", "Drift");
        company.subscriberWithEmail(0, "FRI_5", "Siri Sjef", "siri@lagret.test");
        Msisdn adminNumber = company.superUser();
        limitedNumber = company.userWith(Set.of(PortalModule.REPORTS), 1);
        admin = new PortalHttpClient(port);
        admin.logIn(adminNumber, sms);
        limited = new PortalHttpClient(port);
        limited.logIn(limitedNumber, sms);
    }

    @Test
    void eachSeesTheirOwnAndTheSuperUserSeesAll() {
        admin.get("/reports/saved");
        PortalHttpClient.Page saved = admin.post("/reports/subscriptions/save", Map.of("query", "level=user&period=last-month",
                "name", "Sjefens liste", "format", "CSV"));
        assertThat(saved.redirectsTo("/reports/saved")).as("without script: to the list").isTrue();
        PortalHttpClient htmx = new PortalHttpClient(port);
        htmx.logIn(limitedNumber, sms);
        htmx.get("/reports/saved");
        htmx.header("HX-Request", "true");
        PortalHttpClient.Page inPlace = htmx.post("/reports/cost-per-user/save", Map.of("query", "level=user", "name", "Min rapport",
                "format", "EXCEL"));
        assertThat(inPlace.status()).isEqualTo(200);
        assertThat(inPlace.body()).as("htmx gets the form back in place, with what was done")
                .contains("id=\"report-action-save\"", "«Min rapport» er lagret.").doesNotContain("<html");
        PortalHttpClient.Page twice = htmx.post("/reports/cost-per-user/save", Map.of("query", "level=user", "name", "Min rapport"));
        assertThat(twice.status()).as("htmx swaps only a 2xx answer").isEqualTo(200);
        assertThat(twice.body()).contains("Du har allerede en lagret rapport som heter «Min rapport».", "field__error");

        String limitedList = limited.get("/reports/saved").body();
        assertThat(limitedList).contains("Min rapport", "/reports/cost-per-user?level=user", "/reports/cost-per-user.xlsx?level=user")
                .doesNotContain("Sjefens liste");
        assertThat(admin.get("/reports/saved").body()).contains("Min rapport", "Sjefens liste",
                "/reports/subscriptions.csv?level=user&amp;period=last-month");

        long bossReport = idOf("Sjefens liste");
        assertThat(limited.post("/reports/saved/" + bossReport + "/rename", Map.of("name", "Kapret")).status())
                .as("another's saved report is not there for a limited user").isEqualTo(404);
        assertThat(limited.get("/reports/saved/" + bossReport + "/schedule").status()).isEqualTo(404);

        long mine = idOf("Min rapport");
        PortalHttpClient.Page taken = limited.post("/reports/saved/" + mine + "/rename", Map.of("name", "  "));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("field__error", "Gi rapporten et navn");
        assertThat(admin.post("/reports/saved/" + mine + "/rename", Map.of("name", "Omdøpt av sjefen")).redirectsTo("/reports/saved"))
                .as("a super user keeps the company's saved reports in order").isTrue();
        assertThat(limited.post("/reports/saved/" + mine + "/delete", Map.of()).redirectsTo("/reports/saved")).isTrue();
        assertThat(audited()).contains("REPORT_SAVED", "REPORT_RENAMED", "REPORT_DELETED");
    }

    @Test
    void aScheduleIsSetSwitchedOffAndDeletedOnItsPage() {
        admin.get("/reports/saved");
        admin.post("/reports/subscriptions/save", Map.of("query", "level=user", "name", "Planlagt", "format", "CSV"));
        long id = idOf("Planlagt");
        assertThat(admin.get("/reports/saved/" + id + "/schedule").body()).contains("Planlegg utsendelse");

        PortalHttpClient.Page refused = admin.post("/reports/saved/" + id + "/schedule", Map.of("cadence", "MONTHLY",
                "dayOfMonth", "31", "timeOfDay", "07:00", "format", "CSV", "recipients", "noen@utenfor.test"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("noen@utenfor.test: verken i firmaets domener eller en portalbruker");

        assertThat(admin.post("/reports/saved/" + id + "/schedule", Map.of("cadence", "MONTHLY", "dayOfMonth", "31",
                "timeOfDay", "07:00", "format", "CSV", "recipients", "siri@lagret.test")).redirectsTo("/reports/saved/" + id + "/schedule"))
                .isTrue();
        String page = admin.get("/reports/saved/" + id + "/schedule").body();
        assertThat(page).contains("Siste dag i måneden kl. 07:00", "Ingen utsendelser ennå", "data-schedule-state=\"RUNNING\"");

        admin.post("/reports/saved/" + id + "/schedule/switch", Map.of("on", "false"));
        assertThat(admin.get("/reports/saved").body()).contains("Slått av");
        admin.post("/reports/saved/" + id + "/schedule/delete", Map.of());
        assertThat(admin.get("/reports/saved/" + id + "/schedule").body()).doesNotContain("Utsendelseslogg");
        assertThat(audited()).contains("REPORT_SCHEDULE_SAVED", "REPORT_SCHEDULE_SWITCHED", "REPORT_SCHEDULE_DELETED");
    }

    @Test
    void aSuperUserSetsTheDomainsAndAUserMayNot() {
        admin.get("/reports/saved");
        assertThat(admin.post("/reports/domains", Map.of("domains", "ikke et domene!")).body()).contains("er ikke et domene");
        assertThat(admin.post("/reports/domains", Map.of("domains", "lagret.test, Filial.test")).redirectsTo("/reports/saved")).isTrue();
        assertThat(admin.get("/reports/saved").body()).contains("filial.test, lagret.test", "data-domains=\"configured\"");
        limited.get("/reports/saved");
        assertThat(limited.post("/reports/domains", Map.of("domains", "kapret.test")).status()).isEqualTo(403);
        admin.post("/reports/domains", Map.of("domains", ""));
        assertThat(audited()).contains("REPORT_DOMAINS_SET");
    }

    private long idOf(String name) {
        return jdbc.sql("select saved_report_id from saved_report where company_id = :company and name = :name")
                .param("company", company.id()).param("name", name).query(Long.class).single();
    }

    private List<String> audited() {
        return jdbc.sql("select action from audit_event where company_id = :company").param("company", company.id())
                .query(String.class).list();
    }
}
