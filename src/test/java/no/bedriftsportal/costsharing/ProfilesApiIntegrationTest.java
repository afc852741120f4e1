package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/** The company API's profiles and settings (#14.9): the same rules as the pages, scopes read and manage. */
@PortalIntegrationTest
class ProfilesApiIntegrationTest {

    static final String PROFILES = "/api/v1/invoice-control/profiles";
    static final String SETTINGS = "/api/v1/invoice-control/settings";

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    TestCompany company;
    CompanyApiClient manager;
    CompanyApiClient reader;

    @BeforeEach
    void aCompanyWithTokens() {
        clock.reset();
        company = mother.company();
        manager = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ,
                ApiScope.INVOICE_CONTROL_MANAGE));
        reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void profilesAreListedCreatedChangedCopiedAndDeleted() {
        Response list = reader.get(PROFILES);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.<List<String>>json("$.items[*].name")).containsExactly("Standard", "Privat bruk betales selv");
        assertThat(list.<String>json("$.items[1].rules.freeAmount")).isEqualTo("100.00");
        assertThat(list.<List<String>>json("$.items[1].rules.traffic")).containsExactly("ABROAD", "OUTSIDE_WORKING_HOURS");

        Response created = manager.exchange("POST", PROFILES, """
                {"name": "Selgere", "contentRule": "DEDUCT_ALL_PRIVATE", "dataControl": true, "autoExtraPackage": "EXTRA_5",
                 "autoExtraPayer": "SALARY", "buyBySalary": true, "traffic": ["ABROAD"], "monthlyMaximum": "1500.50",
                 "freeAmount": "0"}""");
        assertThat(created.status()).isEqualTo(201);
        int id = created.json("$.id");
        assertThat(created.header("Location")).endsWith(PROFILES + "/" + id);
        assertThat(created.<String>json("$.rules.monthlyMaximum")).isEqualTo("1500.50");
        assertThat(created.<String>json("$.rules.autoExtraPayer")).isEqualTo("SALARY");
        assertThat(created.<String>json("$.inForceFrom")).isEqualTo(no.bedriftsportal.shared.Oslo.monthOf(clock.instant()).toString());

        Response changed = manager.exchange("PUT", PROFILES + "/" + id, """
                {"name": "Selgere ute", "contentRule": "BENEFIT", "freeAmount": "50.00"}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.<Integer>json("$.version")).isEqualTo(2);
        assertThat(changed.<List<Integer>>json("$.versions[*].version")).containsExactly(2, 1);
        assertThat(changed.<String>json("$.savedBy")).startsWith("API: ");

        Response copy = manager.exchange("POST", PROFILES + "/" + id + "/copy", null);
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.<String>json("$.name")).isEqualTo("Kopi av Selgere ute");

        assertThat(manager.exchange("DELETE", PROFILES + "/" + id, null).status()).isEqualTo(204);
        assertThat(reader.get(PROFILES + "/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("select action from audit_event where company_id = :c and action like 'COSTSHARING%' order by audit_event_id")
                .param("c", company.id()).query(String.class).list()).containsExactly("COSTSHARING_PROFILE_SAVED",
                "COSTSHARING_PROFILE_SAVED", "COSTSHARING_PROFILE_SAVED", "COSTSHARING_PROFILE_DELETED");
    }

    @Test
    void aBadProfileIsNamedByItsFieldAndAProfileInUseIsNotDeleted() {
        Response bad = manager.exchange("POST", PROFILES, """
                {"name": "Selgere", "contentRule": "SOMETIMES", "freeAmount": "1.005"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>json("$.errors[0].field")).isEqualTo("contentRule");

        Response taken = manager.exchange("POST", PROFILES, "{\"name\": \"Standard\", \"contentRule\": \"BENEFIT\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.<String>json("$.errors[0].field")).isEqualTo("name");

        int standard = reader.get(PROFILES).json("$.items[0].id");
        Msisdn number = company.subscriber(0, "FRI_5");
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                select company_id, subscription_id, :at, 'PROFILE', :p, 'test' from subscription where msisdn = :m""")
                .param("at", Timestamp.from(clock.instant().plusSeconds(1))).param("p", standard).param("m", number.value()).update();
        Response inUse = manager.exchange("DELETE", PROFILES + "/" + standard, null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.<String>json("$.detail")).contains("cannot be deleted because 1 subscriptions have it");
        assertThat(reader.get(PROFILES + "/" + standard).<Integer>json("$.subscriptions")).isEqualTo(1);

        assertThat(reader.exchange("DELETE", PROFILES + "/" + standard, null).status()).as("read only").isEqualTo(403);
    }

    @Test
    void settingsAreReadAndSaved() {
        Response defaults = reader.get(SETTINGS);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.<Integer>json("$.version")).isZero();
        assertThat(defaults.<String>json("$.workingHours.MONDAY.from")).isEqualTo("08:00");
        assertThat(defaults.<String>json("$.yearlyContentThreshold")).isEqualTo("1000.00");

        Response saved = manager.exchange("PUT", SETTINGS, """
                {"workingHours": {"MONDAY": {"from": "07:00", "to": "15:00"}, "SATURDAY": {"from": "10:00", "to": "14:00"}},
                 "closedDays": ["24.12", "31.12"], "contentDeadlineDay": 12, "unclassifiedAs": "WORK",
                 "deductionPayType": "5210", "benefitPayType": "1110"}""");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.<Integer>json("$.version")).isEqualTo(1);
        assertThat(saved.<List<String>>json("$.closedDays")).containsExactly("24.12", "31.12");
        assertThat(saved.<String>json("$.workingHours.SATURDAY.to")).isEqualTo("14:00");
        assertThat(saved.body()).doesNotContain("TUESDAY");

        Response bad = manager.exchange("PUT", SETTINGS, "{\"contentDeadlineDay\": 29, \"unclassifiedAs\": \"PRIVATE\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>json("$.errors[0].field")).isEqualTo("contentDeadlineDay");
        assertThat(reader.exchange("PUT", SETTINGS, "{}").status()).isEqualTo(403);
    }
}
