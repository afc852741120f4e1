package no.bedriftsportal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.costsharing.CostSharingSettingsService;
import no.bedriftsportal.costsharing.WorkingHours;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CompanyLanguage;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Innstillinger → Firma (S2, #17.5, #17.7): each section saves on its own and is in the audit log
 * with its value before and after; bad input is refused beside its field with nothing saved; only
 * super users reach it; the API changes the same settings; and each setting shows where it is used
 * — the working hours in invoice control (both ways), the language in the next SMS, the notification
 * address in the access notice.
 */
@PortalIntegrationTest
class CompanySettingsIntegrationTest {

    /** Wednesday 18 November 2026, 13:00 in Oslo. */
    static final Instant NOVEMBER = Instant.parse("2026-11-18T12:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Companies companies;

    @Autowired
    CostSharingSettingsService costSharing;

    @Autowired
    TestClock clock;

    TestCompany company;
    PortalHttpClient admin;

    @BeforeEach
    void signedInSuperUser() {
        clock.set(NOVEMBER);
        company = mother.company("Salg", "Drift");
        admin = new PortalHttpClient(port);
        admin.logIn(company.superUser(), outbox);
        admin.get("/settings/company"); // the form's CSRF token
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachSectionSavesOnItsOwnAndIsAuditedWithBeforeAndAfter() {
        Page page = admin.get("/settings/company");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(company.company().orgNumber().value(), company.company().name(),
                "href=\"/settings/company\" aria-current=\"page\"", "id=\"section-details\"", "id=\"section-departments\"",
                "id=\"section-working-hours\"", "id=\"section-notification-email\"", "id=\"section-language\"",
                "id=\"section-payment-terms\"", "value=\"08:00\"", "min=\"10\"", "max=\"30\"");
        String salg = company.account(0).number();

        assertThat(admin.post("/settings/company/details", Map.of("addressLine", "Storgata 1", "postalCode", "0155", "city", "Oslo",
                "invoiceEmail", "faktura@firma.test")).redirectsTo("/settings/company")).isTrue();
        assertThat(admin.get("/settings/company").body()).contains("Firmaopplysningene er lagret", "value=\"Storgata 1\"");
        assertThat(admin.post("/settings/company/departments/" + salg, Map.of("name", "Salg Vest")).redirectsTo("/settings/company"))
                .isTrue();
        assertThat(admin.post("/settings/company/working-hours", Map.of("open-MONDAY", "true", "from-MONDAY", "07:00",
                "to-MONDAY", "15:00", "open-TUESDAY", "true", "from-TUESDAY", "08:00", "to-TUESDAY", "16:00"))
                .redirectsTo("/settings/company")).isTrue();
        assertThat(admin.post("/settings/company/notification-email", Map.of("notificationEmail", "it@firma.test"))
                .redirectsTo("/settings/company")).isTrue();
        assertThat(admin.post("/settings/company/language", Map.of("language", "en")).redirectsTo("/settings/company")).isTrue();
        assertThat(admin.post("/settings/company/payment-terms", Map.of("paymentTermsDays", "21")).redirectsTo("/settings/company"))
                .isTrue();
        assertThat(admin.post("/settings/company/replacement-age", Map.of("replacementAgeMonths", "48"))
                .redirectsTo("/settings/company")).isTrue();
        assertThat(admin.get("/settings/company").body()).contains("id=\"section-replacement-age\"", "value=\"48\"");
        assertThat(admin.get("/equipment").body()).as("the register reads the setting (E2)").contains("48 måneder");

        Company saved = companies.get(company.id());
        assertThat(saved.addressLine()).isEqualTo("Storgata 1");
        assertThat(saved.postalCode()).isEqualTo("0155");
        assertThat(saved.invoiceEmail()).isEqualTo("faktura@firma.test");
        assertThat(saved.notificationEmail()).isEqualTo("it@firma.test");
        assertThat(saved.language()).isEqualTo(CompanyLanguage.EN);
        assertThat(saved.paymentTermsDays()).isEqualTo(21);
        assertThat(saved.name()).as("the name is the operator's").isEqualTo(company.company().name());
        assertThat(companies.customerAccount(company.id(), salg).name()).isEqualTo("Salg Vest");
        Company before = company.company();
        String beforeAddress = before.addressLine() + ", " + before.postalCode() + " " + before.city() + ", "
                + (before.invoiceEmail() == null ? "–" : before.invoiceEmail());
        assertThat(audit()).containsExactly(
                "COMPANY_DETAILS_CHANGED [\"" + beforeAddress + "\", \"Storgata 1, 0155 Oslo, faktura@firma.test\"]",
                "DEPARTMENT_RENAMED [\"" + salg + "\", \"Salg\", \"Salg Vest\"]",
                "WORKING_HOURS_CHANGED [\"man. 08:00–16:00, tir. 08:00–16:00, ons. 08:00–16:00, tor. 08:00–16:00, fre. 08:00–16:00\", "
                        + "\"man. 07:00–15:00, tir. 08:00–16:00\"]",
                "NOTIFICATION_EMAIL_CHANGED [\"–\", \"it@firma.test\"]",
                "COMPANY_LANGUAGE_CHANGED [\"nb\", \"en\"]",
                "PAYMENT_TERMS_CHANGED [\"14\", \"21\"]",
                "EQUIPMENT_REPLACEMENT_AGE_SET [36, 48]");
        assertThat(admin.get("/settings/audit").body()).contains("Kundenummer " + salg + ": «Salg» → «Salg Vest»",
                "Betalingsfrist: 14 dager → 21 dager");

        admin.post("/settings/company/payment-terms", Map.of("paymentTermsDays", "21"));
        assertThat(audit()).as("a save that changes nothing records nothing").hasSize(7);
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsSaved() {
        String salg = company.account(0).number();
        String drift = company.account(1).number();

        Page details = admin.post("/settings/company/details", Map.of("addressLine", "Storgata 1", "postalCode", "12a",
                "city", "Oslo", "invoiceEmail", "ikke-en-adresse"));
        assertThat(details.status()).isEqualTo(400);
        assertThat(details.body()).contains("id=\"postalCode-error\"", "fire sifre", "id=\"invoiceEmail-error\"",
                "value=\"12a\"", "value=\"ikke-en-adresse\"", "value=\"Storgata 1\"", "aria-invalid=\"true\"");

        Page taken = admin.post("/settings/company/departments/" + salg, Map.of("name", " drift "));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("id=\"department-" + salg + "-error\"", "Et annet kundenummer heter allerede «drift»");
        assertThat(admin.post("/settings/company/departments/" + drift, Map.of("name", "x".repeat(61))).body())
                .contains("id=\"department-" + drift + "-error\"", "1 til 60 tegn");
        assertThat(admin.post("/settings/company/departments/99999999", Map.of("name", "Kapret")).status()).isEqualTo(404);

        Page hours = admin.post("/settings/company/working-hours", Map.of("open-MONDAY", "true", "from-MONDAY", "16:00",
                "to-MONDAY", "08:00", "open-FRIDAY", "true", "from-FRIDAY", "25:00", "to-FRIDAY", "16:00"));
        assertThat(hours.status()).isEqualTo(400);
        assertThat(hours.body()).contains("id=\"hours-MONDAY-error\"", "id=\"hours-FRIDAY-error\"", "value=\"25:00\"");

        assertThat(admin.post("/settings/company/notification-email", Map.of("notificationEmail", "it@")).body())
                .contains("id=\"notificationEmail-error\"", "value=\"it@\"");
        assertThat(admin.post("/settings/company/language", Map.of("language", "de")).body()).contains("id=\"language-error\"");
        Page terms = admin.post("/settings/company/payment-terms", Map.of("paymentTermsDays", "45"));
        assertThat(terms.status()).isEqualTo(400);
        assertThat(terms.body()).contains("id=\"paymentTermsDays-error\"", "Velg fra 10 til 30 dager", "value=\"45\"");
        Page age = admin.post("/settings/company/replacement-age", Map.of("replacementAgeMonths", "to år"));
        assertThat(age.status()).isEqualTo(400);
        assertThat(age.body()).contains("id=\"replacementAgeMonths-error\"", "Velg mellom 6 og 120 måneder", "value=\"to år\"");

        Company unchanged = companies.get(company.id());
        assertThat(unchanged.postalCode()).isEqualTo(company.company().postalCode());
        assertThat(unchanged.paymentTermsDays()).isEqualTo(14);
        assertThat(unchanged.language()).isEqualTo(CompanyLanguage.NB);
        assertThat(companies.customerAccount(company.id(), salg).name()).isEqualTo("Salg");
        assertThat(costSharing.latestVersion(AccessScope.wholeCompany(company.id()))).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void aUserWhoIsNoSuperUserNeitherSeesNorChangesTheSettings() {
        PortalHttpClient user = new PortalHttpClient(port);
        user.logIn(company.user(0, 1), outbox);

        assertThat(user.get("/settings/company").status()).isEqualTo(403);
        assertThat(user.post("/settings/company/payment-terms", Map.of("paymentTermsDays", "20")).status()).isEqualTo(403);
        assertThat(user.post("/settings/company/language", Map.of("language", "en")).status()).isEqualTo(403);
        assertThat(companies.get(company.id()).paymentTermsDays()).isEqualTo(14);
        assertThat(audit()).isEmpty();
    }

    @Test
    void workingHoursAreOneValueWithInvoiceControl() {
        admin.post("/settings/company/working-hours", Map.of("open-MONDAY", "true", "from-MONDAY", "07:00", "to-MONDAY", "15:00",
                "open-WEDNESDAY", "true", "from-WEDNESDAY", "10:00", "to-WEDNESDAY", "18:00"));

        WorkingHours used = costSharing.current(AccessScope.wholeCompany(company.id())).workingHours();
        assertThat(used.days()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(used.days().get(DayOfWeek.WEDNESDAY)).isEqualTo(new WorkingHours.Span(LocalTime.of(10, 0), LocalTime.of(18, 0)));
        // invoice control's rule "outside working hours" reads it: Wednesday 18 November 09:30 is now outside, 17:30 inside
        assertThat(used.isInside(Instant.parse("2026-11-18T08:30:00Z"))).isFalse();
        assertThat(used.isInside(Instant.parse("2026-11-18T16:30:00Z"))).isTrue();
        assertThat(admin.get("/invoice-control/settings").body()).contains("id=\"from-WEDNESDAY\" name=\"from-WEDNESDAY\"",
                "value=\"10:00\"", "value=\"18:00\"");

        // and the other way: invoice control's page changes what Innstillinger → Firma shows, keeping its own fields
        admin.post("/invoice-control/settings", Map.of("open-FRIDAY", "true", "from-FRIDAY", "09:00", "to-FRIDAY", "14:30",
                "closedDays", "24.12", "contentDeadlineDay", "12", "unclassifiedAs", "WORK"));
        assertThat(admin.get("/settings/company").body()).contains("value=\"14:30\"").doesNotContain("value=\"18:00\"");
        admin.post("/settings/company/working-hours", Map.of("open-FRIDAY", "true", "from-FRIDAY", "09:00", "to-FRIDAY", "15:00"));
        var settings = costSharing.current(AccessScope.wholeCompany(company.id()));
        assertThat(settings.contentDeadlineDay()).as("the rest of invoice control's settings stay").isEqualTo(12);
        assertThat(settings.workingHours().closedDays()).hasSize(1);
    }

    @Test
    void englishMakesTheNextSmsEnglishAndTheNotificationAddressHearsOfNewAccess() {
        admin.post("/settings/company/notification-email", Map.of("notificationEmail", "it@firma.test"));
        admin.post("/settings/company/language", Map.of("language", "en"));
        Msisdn colleague = company.subscriber(1, "FRI_20");

        admin.get("/settings/access/new");
        assertThat(admin.post("/settings/access", Map.of("msisdn", colleague.national(), "role", "SUPER_USER")).status())
                .isEqualTo(302);
        assertThat(latestSmsTo(colleague)).startsWith("You have been given access to Bedriftsportalen for " + company.company().name());
        assertThat(jdbc.sql("select subject || ' | ' || text_body from mail_outbox where company_id = :c and recipient = 'it@firma.test'")
                .param("c", company.id()).query(String.class).single())
                .startsWith("New access to Bedriftsportalen: ").contains(colleague.display(), "as Super user");

        PortalHttpClient colleagues = new PortalHttpClient(port);
        colleagues.get("/login");
        colleagues.post("/login", Map.of("msisdn", colleague.national()));
        assertThat(latestSmsTo(colleague)).matches("Your one-time code for Bedriftsportalen is \\d{6}\\. It is valid for \\d+ minutes\\. "
                + "Do not share the code with anyone\\.");

        admin.post("/settings/company/language", Map.of("language", "nb"));
        colleagues.post("/login", Map.of("msisdn", colleague.national()));
        assertThat(latestSmsTo(colleague)).startsWith("Din engangskode for Bedriftsportalen er ");
    }

    @Test
    void theApiReadsAndChangesTheSameSettingsWithItsScopes() {
        String salg = company.account(0).number();
        CompanyApiClient reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.SETTINGS_READ));
        CompanyApiClient manager = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.SETTINGS_READ,
                ApiScope.SETTINGS_MANAGE));
        CompanyApiClient limited = new CompanyApiClient(port, tokens.tokenFor(company.id(), java.util.Set.of(company.account(1).id()),
                ApiScope.SETTINGS_READ, ApiScope.SETTINGS_MANAGE));
        CompanyApiClient other = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));

        CompanyApiClient.Response read = reader.get("/api/v1/settings");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.<String>json("$.company.orgNumber")).isEqualTo(company.company().orgNumber().value());
        assertThat(read.<String>json("$.language")).isEqualTo("nb");
        assertThat(read.<Integer>json("$.paymentTermsRange.maxDays")).isEqualTo(30);
        assertThat(read.<String>json("$.workingHours.MONDAY.from")).isEqualTo("08:00");
        assertThat(other.get("/api/v1/settings").status()).isEqualTo(403);
        assertThat(reader.exchange("PUT", "/api/v1/settings/language", "{\"language\": \"en\"}").status()).isEqualTo(403);
        assertThat(limited.exchange("PUT", "/api/v1/settings/language", "{\"language\": \"en\"}").status()).isEqualTo(403);
        assertThat(limited.get("/api/v1/settings").<List<?>>json("$.departments")).hasSize(1);

        assertThat(manager.exchange("PUT", "/api/v1/settings/language", "{\"language\": \"en\"}").<String>json("$.language"))
                .isEqualTo("en");
        assertThat(manager.exchange("PUT", "/api/v1/settings/payment-terms", "{\"paymentTermsDays\": 20}")
                .<Integer>json("$.paymentTermsDays")).isEqualTo(20);
        assertThat(manager.exchange("PUT", "/api/v1/settings/departments/" + salg, "{\"name\": \"Salg Nord\"}")
                .<String>json("$.departments[0].name")).isEqualTo("Salg Nord");
        assertThat(manager.exchange("PUT", "/api/v1/settings/working-hours",
                "{\"workingHours\": {\"MONDAY\": {\"from\": \"06:00\", \"to\": \"14:00\"}}}").<String>json("$.workingHours.MONDAY.from"))
                .isEqualTo("06:00");
        assertThat(manager.exchange("PUT", "/api/v1/settings/notification-email", "{\"notificationEmail\": \"drift@firma.test\"}")
                .<String>json("$.notificationEmail")).isEqualTo("drift@firma.test");
        assertThat(manager.exchange("PUT", "/api/v1/settings/company", "{\"addressLine\": \"Kaigata 2\", \"postalCode\": \"5003\", "
                + "\"city\": \"Bergen\"}").<String>json("$.company.city")).isEqualTo("Bergen");

        CompanyApiClient.Response refused = manager.exchange("PUT", "/api/v1/settings/payment-terms", "{\"paymentTermsDays\": 60}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("paymentTermsDays");
        assertThat(manager.exchange("PUT", "/api/v1/settings/departments/99999999", "{\"name\": \"X\"}").status()).isEqualTo(404);
        assertThat(manager.exchange("PUT", "/api/v1/settings/replacement-age", "{\"replacementAgeMonths\": 24}")
                .<Integer>json("$.replacementAgeMonths")).isEqualTo(24);
        assertThat(manager.exchange("PUT", "/api/v1/settings/replacement-age", "{\"replacementAgeMonths\": 500}")
                .<String>json("$.errors[0].field")).isEqualTo("replacementAgeMonths");
        assertThat(companies.get(company.id()).paymentTermsDays()).isEqualTo(20);
        assertThat(audit()).hasSize(7).contains("EQUIPMENT_REPLACEMENT_AGE_SET [36, 24]", "PAYMENT_TERMS_CHANGED [\"14\", \"20\"]",
                "DEPARTMENT_RENAMED [\"" + salg + "\", \"Salg\", \"Salg Nord\"]");
    }

    private String latestSmsTo(Msisdn msisdn) {
        return outbox.latest(200).stream().filter(sms -> sms.to().equals(msisdn.value())).findFirst().orElseThrow().text();
    }

    /** The company's settings changes in the log, oldest first: action and the facts' arguments (before, after). */
    private List<String> audit() {
        return jdbc.sql("""
                select action || ' ' || coalesce(facts -> 'arguments', '[]'::jsonb)::text from audit_event
                where company_id = :c and action in ('COMPANY_DETAILS_CHANGED', 'DEPARTMENT_RENAMED', 'WORKING_HOURS_CHANGED',
                    'NOTIFICATION_EMAIL_CHANGED', 'COMPANY_LANGUAGE_CHANGED', 'PAYMENT_TERMS_CHANGED',
                    'EQUIPMENT_REPLACEMENT_AGE_SET')
                order by audit_event_id""")
                .param("c", company.id()).query(String.class).list();
    }
}
