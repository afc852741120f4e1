package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;

/** Fakturakontroll → Profiler (#14.1): the list, the form with errors by the fields, versions, copy, delete, the audit log. */
@PortalIntegrationTest
class ProfilesPageIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Profiles profiles;

    @Autowired
    TestClock clock;

    TestCompany company;
    PortalHttpClient admin;

    @BeforeEach
    void signedInSuperUser() {
        clock.set(java.time.Instant.parse("2026-11-20T14:00:00Z"));
        company = mother.company();
        admin = new PortalHttpClient(port);
        admin.logIn(company.superUser(), outbox);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theListShowsTheReadyMadeProfilesWithTheirRules() {
        Page list = admin.get("/invoice-control/profiles");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Standard", "Privat bruk betales selv", "Ferdig profil",
                "Innholdstjenester: Trekk i lønn over 1\u00a0000\u00a0kr/år", "Innholdstjenester: Trekk alt privat i lønn",
                "Betaler selv: utlandet, utenom arbeidstid", "Fribeløp: 100,00\u00a0kr per måned", "Brukes av 0 abonnementer",
                "aria-current=\"page\"");
    }

    @Test
    void aNewProfileWithBadFieldsKeepsWhatWasTypedAndShowsEachMessageByItsField() {
        admin.get("/invoice-control/profiles/new");

        Page bad = admin.post("/invoice-control/profiles", Map.of("name", "Selgere", "contentRule", "BENEFIT",
                "autoExtraPackage", "EXTRA_5", "monthlyMaximum", "12,345", "freeAmount", "-1"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"autoExtraPayer-error\"", "Velg hvem som betaler den automatiske datapakken",
                "id=\"monthlyMaximum-error\"", "høyst to desimaler", "id=\"freeAmount-error\"", "kan ikke være negativt",
                "value=\"Selgere\"", "value=\"12,345\"");
        assertThat(profiles.list(AccessScope.wholeCompany(company.id()))).hasSize(2);

        Page taken = admin.post("/invoice-control/profiles", Map.of("name", "standard", "contentRule", "BENEFIT", "freeAmount", "0"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"name-error\"", "En annen profil heter allerede");
    }

    @Test
    void aSavedChangeIsANewVersionListedWithWhoAndFromWhichInvoice() {
        admin.get("/invoice-control/profiles/new");
        Page created = admin.post("/invoice-control/profiles", Map.of("name", "Selgere", "contentRule", "DEDUCT_ABOVE_THRESHOLD",
                "dataControl", "true", "autoExtraPackage", "EXTRA_1", "autoExtraPayer", "COMPANY", "buyBySalary", "true",
                "traffic", List.of("ABROAD", "OUTSIDE_WORKING_HOURS"), "monthlyMaximum", "1 000", "freeAmount", "50"));
        assertThat(created.status()).isEqualTo(302);
        String path = created.location().replaceFirst("^https?://[^/]+", "");
        assertThat(path).matches("/invoice-control/profiles/\\d+");

        Page form = admin.get(path);
        assertThat(form.body()).contains("Profilen «Selgere» er laget", "value=\"Selgere\"", "value=\"1\u00a0000,00\"",
                "Gjelder fra fakturaen for november 2026", "data-version=\"1\"");
        Page saved = admin.post(path, Map.of("name", "Selgere ute", "contentRule", "BENEFIT", "autoExtraPackage", "NONE",
                "freeAmount", "0"));
        assertThat(saved.redirectsTo(path)).isTrue();

        Page after = admin.get(path);
        assertThat(after.body()).contains("er lagret som versjon 2", "data-version=\"2\"", "data-version=\"1\"", "Selgere ute",
                "Ingen automatisk ekstra datapakke", "Automatisk ekstra datapakke: Ekstra 1 GB, Bedriften betaler");
        assertThat(auditActions()).containsExactly("COSTSHARING_PROFILE_SAVED", "COSTSHARING_PROFILE_SAVED");
        assertThat(admin.get("/settings/audit").body()).contains("Lagret profilen «Selgere ute» v2 i Fakturakontroll");
    }

    @Test
    void aCopyIsMadeAndAProfileInUseIsNotDeleted() {
        long standard = profiles.list(AccessScope.wholeCompany(company.id())).get(0).profileId();
        Msisdn number = company.subscriber(0, "FRI_5");
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                select company_id, subscription_id, :at, 'PROFILE', :p, 'test' from subscription where msisdn = :m""")
                .param("at", Timestamp.from(clock.instant().plusSeconds(1))).param("p", standard).param("m", number.value())
                .update();
        admin.get("/invoice-control/profiles/" + standard);

        Page refused = admin.post("/invoice-control/profiles/" + standard + "/delete", Map.of());
        assertThat(refused.redirectsTo("/invoice-control/profiles/" + standard)).isTrue();
        assertThat(admin.get("/invoice-control/profiles/" + standard).body()).contains("id=\"delete-refused\"",
                "Profilen «Standard» kan ikke slettes fordi 1 abonnementer har den", "Brukes av 1 abonnement");

        Page copied = admin.post("/invoice-control/profiles/" + standard + "/copy", Map.of());
        String copyPath = copied.location().replaceFirst("^https?://[^/]+", "");
        assertThat(admin.get(copyPath).body()).contains("Kopien «Kopi av Standard» er laget");
        Page deleted = admin.post(copyPath + "/delete", Map.of());
        assertThat(deleted.redirectsTo("/invoice-control/profiles")).isTrue();
        assertThat(admin.get("/invoice-control/profiles").body()).contains("Profilen «Kopi av Standard» er slettet");
        assertThat(admin.get(copyPath).status()).isEqualTo(404);
        assertThat(auditActions()).containsExactly("COSTSHARING_PROFILE_SAVED", "COSTSHARING_PROFILE_DELETED");
    }

    @Test
    void aUserOfSomeCustomerNumbersSeesTheRulesReadOnly() {
        TestCompany two = mother.company("Salg", "Drift");
        PortalHttpClient limited = new PortalHttpClient(port);
        limited.logIn(two.userWith(Set.of(PortalModule.INVOICE_CONTROL), 0), outbox);
        long standard = profiles.list(AccessScope.wholeCompany(two.id())).get(0).profileId();

        Page list = limited.get("/invoice-control/profiles");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"company-wide-only\"", "Bare brukere med tilgang til alle kundenumre")
                .doesNotContain("/invoice-control/profiles/new");
        Page profile = limited.get("/invoice-control/profiles/" + standard);
        assertThat(profile.body()).contains("<fieldset class=\"form__lock\" disabled>", "id=\"company-wide-only\"")
                .doesNotContain("Lagre profilen", "Lag en kopi", "Slett profilen");
        Page settings = limited.get("/invoice-control/settings");
        assertThat(settings.body()).contains("<fieldset class=\"form__lock\" disabled>").doesNotContain("Lagre innstillingene");
        assertThat(limited.get("/invoice-control/profiles/new").status()).isEqualTo(403);

        assertThat(admin.get("/invoice-control/profiles").body()).doesNotContain("company-wide-only")
                .contains("/invoice-control/profiles/new");
        assertThat(admin.get("/invoice-control/settings").body()).contains("<fieldset class=\"form__lock\">", "Lagre innstillingene");
    }

    @Test
    void aUserWithoutInvoiceControlIsRefused() {
        PortalHttpClient user = new PortalHttpClient(port);
        user.logIn(company.userWith(Set.of(PortalModule.INVOICES), 0), outbox);

        assertThat(user.get("/invoice-control/profiles").status()).isEqualTo(403);
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where company_id = :c and action like 'COSTSHARING%' order by 1 desc")
                .param("c", company.id()).query(String.class).list();
    }
}
