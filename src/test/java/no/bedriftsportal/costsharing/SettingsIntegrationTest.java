package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;

/** Fakturakontroll → Innstillinger (#14.3): a version per save, in force from its month, errors by the fields. */
@PortalIntegrationTest
class SettingsIntegrationTest {

    /** 20 November 2026, 15:00 in Oslo. */
    static final Instant NOVEMBER = Instant.parse("2026-11-20T14:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RulesInForce rulesInForce;

    @Autowired
    TestClock clock;

    TestCompany company;
    PortalHttpClient admin;

    @BeforeEach
    void signedInSuperUser() {
        clock.set(NOVEMBER);
        company = mother.company();
        admin = new PortalHttpClient(port);
        admin.logIn(company.superUser(), outbox);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDefaultsAreShownAndASaveIsAVersionInForceFromItsMonth() {
        Page page = admin.get("/invoice-control/settings");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"08:00\"", "value=\"16:00\"", "id=\"open-MONDAY\"", "value=\"10\"",
                "1\u00a0000\u00a0kr");
        // the year's public holidays, the movable ones too (Ascension 2026 is 14 May)
        assertThat(page.body()).contains("Helligdagene i 2026", "14.05.2026", "17.05.2026", "26.12.2026");

        Page saved = admin.post("/invoice-control/settings", Map.ofEntries(Map.entry("open-MONDAY", "true"),
                Map.entry("from-MONDAY", "7:30"), Map.entry("to-MONDAY", "15.30"), Map.entry("open-TUESDAY", "true"),
                Map.entry("from-TUESDAY", "08:00"), Map.entry("to-TUESDAY", "16:00"), Map.entry("closedDays", "24.12, 31.12"),
                Map.entry("contentDeadlineDay", "15"), Map.entry("unclassifiedAs", "WORK"),
                Map.entry("deductionPayType", "5210"), Map.entry("benefitPayType", "1110")));

        assertThat(saved.redirectsTo("/invoice-control/settings")).isTrue();
        assertThat(admin.get("/invoice-control/settings").body()).contains("Innstillingene er lagret som versjon 1",
                "value=\"07:30\"", "value=\"24.12, 31.12\"", "value=\"5210\"");
        CostSharingSettings november = rulesInForce.settings(company.id(), YearMonth.of(2026, 11));
        assertThat(november.contentDeadlineDay()).isEqualTo(15);
        assertThat(november.unclassifiedAs()).isEqualTo(Classification.WORK);
        assertThat(november.deductionPayType()).isEqualTo("5210");
        assertThat(november.benefitPayType()).isEqualTo("1110");
        assertThat(november.workingHours().days()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(november.workingHours().days().get(DayOfWeek.MONDAY))
                .isEqualTo(new WorkingHours.Span(LocalTime.of(7, 30), LocalTime.of(15, 30)));
        assertThat(november.workingHours().closedDays()).containsExactlyInAnyOrder(MonthDay.of(12, 24), MonthDay.of(12, 31));
        assertThat(rulesInForce.settings(company.id(), YearMonth.of(2026, 10))).isEqualTo(CostSharingSettings.defaults());
        assertThat(jdbc.sql("select action from audit_event where company_id = :c and action like 'COSTSHARING%'")
                .param("c", company.id()).query(String.class).list()).containsExactly("COSTSHARING_SETTINGS_SAVED");
    }

    @Test
    void badFieldsAreShownNextToThemAndNothingIsSaved() {
        admin.get("/invoice-control/settings");

        Page bad = admin.post("/invoice-control/settings", Map.of("open-MONDAY", "true", "from-MONDAY", "16:00",
                "to-MONDAY", "08:00", "open-FRIDAY", "true", "from-FRIDAY", "25:00", "to-FRIDAY", "16:00",
                "closedDays", "24.12, 31.02", "contentDeadlineDay", "31", "unclassifiedAs", "PRIVATE",
                "deductionPayType", "x".repeat(21)));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"hours-MONDAY-error\"", "må slutte etter", "id=\"hours-FRIDAY-error\"",
                "id=\"closedDays-error\"", "«31.02» er ingen dag", "id=\"contentDeadlineDay-error\"",
                "id=\"deductionPayType-error\"", "value=\"24.12, 31.02\"", "value=\"25:00\"");
        assertThat(jdbc.sql("select count(*) from costsharing_settings_version where company_id = :c").param("c", company.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void closedDaysAndTimesAreReadAsAdministratorsWriteThem() {
        assertThat(CostSharingSettingsService.dayMonth("1.5")).isEqualTo(MonthDay.of(5, 1));
        assertThat(CostSharingSettingsService.dayMonth("24.12.")).isEqualTo(MonthDay.of(12, 24));
        assertThat(CostSharingSettingsService.dayMonth("29.02")).isEqualTo(MonthDay.of(2, 29));
        assertThat(CostSharingSettingsService.dayMonth("31.04")).isNull();
        assertThat(CostSharingSettingsService.time("8")).isEqualTo(LocalTime.of(8, 0));
        assertThat(CostSharingSettingsService.time("24:00")).isNull();
        assertThat(SettingsDraft.of(CostSharingSettings.defaults()).closedDays()).isEqualTo(List.of());
    }
}
