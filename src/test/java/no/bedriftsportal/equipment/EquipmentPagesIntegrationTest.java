package no.bedriftsportal.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;

/**
 * The equipment pages through HTTP (E2): a user sees the devices of their own customer numbers only, a user without
 * the module is refused, the register form refuses with the message next to the field, an action form with a bad
 * date; "Krever handling" counts warranties ending and old devices; the equipment list report at both levels.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EquipmentPagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    SmsOutbox sms;
    @Autowired
    Equipment equipment;
    @Autowired
    Clock clock;

    TestCompany company;
    PortalHttpClient admin;
    PortalHttpClient operations;
    PortalHttpClient withoutModule;
    long salesDevice;

    @BeforeAll
    void devicesInTwoDepartments() {
        company = mother.company("Salg", "Drift");
        Msisdn adminNumber = company.superUser();
        Msisdn operationsNumber = company.userWith(Set.of(PortalModule.EQUIPMENT), 1);
        Msisdn plainNumber = company.user(0, 1);
        AccessScope all = AccessScope.wholeCompany(company.id());
        LocalDate today = Oslo.today(clock);
        Recorder by = Recorder.system("Test");
        salesDevice = equipment.register(all, new DeviceInput("PHONE", "Apple", "iPhone Salgsavdeling", "490154203237518", "",
                "", "", company.account(0).number(), today.minusYears(4).toString(), "9990", "Atea",
                today.plusDays(20).toString(), "", ""), by).id();
        equipment.register(all, new DeviceInput("LAPTOP", "Lenovo", "ThinkPad Driftsavdeling", "", "PF-DRIFT-1", "", "",
                company.account(1).number(), today.minusMonths(3).toString(), "15990", "Atea", "", "", ""), by);
        admin = new PortalHttpClient(port);
        admin.logIn(adminNumber, sms);
        operations = new PortalHttpClient(port);
        operations.logIn(operationsNumber, sms);
        withoutModule = new PortalHttpClient(port);
        withoutModule.logIn(plainNumber, sms);
    }

    @Test
    void eachUserSeesTheDevicesOfTheirOwnCustomerNumbers() {
        String all = admin.get("/equipment").body();
        assertThat(all).contains("iPhone Salgsavdeling", "ThinkPad Driftsavdeling");
        String mine = operations.get("/equipment").body();
        assertThat(mine).contains("ThinkPad Driftsavdeling").doesNotContain("iPhone Salgsavdeling");
        assertThat(operations.get("/equipment/" + salesDevice).status()).isEqualTo(404);
        assertThat(withoutModule.get("/equipment").status()).isEqualTo(403);
        assertThat(admin.get("/equipment?q=thinkpad&sort=price&dir=desc").body()).contains("ThinkPad Driftsavdeling")
                .doesNotContain("iPhone Salgsavdeling");
        assertThat(operations.download("/equipment/export.csv").content()).asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("PF-DRIFT-1").doesNotContain("490154203237518");
    }

    @Test
    void refusedFormsShowTheMessageNextToTheField() {
        PortalHttpClient.Page refused = admin.post("/equipment", Map.of("kind", "PHONE", "make", "Apple", "model", "iPhone 16",
                "imei", "12345", "status", "IN_USE"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"device-imei-error\"", "id=\"device-holder-error\"", "value=\"iPhone 16\"");
        PortalHttpClient.Page action = admin.post("/equipment/" + salesDevice + "/actions/send-to-repair",
                Map.of("effectiveOn", "32.13.2025"));
        assertThat(action.status()).isEqualTo(400);
        assertThat(action.body()).contains("id=\"action-send-to-repair-date-error\"");
        assertThat(admin.get("/equipment/" + salesDevice).body()).contains("På lager");
    }

    @Test
    void krever_handlingCountsWarrantiesEndingAndOldDevices() {
        String dashboard = admin.get("/").body();
        assertThat(dashboard).contains("data-attention=\"equipment-warranty-ending\"",
                "data-attention=\"equipment-older-than-replacement-age\"", "/equipment?alert=warranty");
        assertThat(admin.get("/equipment?alert=old").body()).contains("iPhone Salgsavdeling")
                .doesNotContain("ThinkPad Driftsavdeling");
    }

    @Test
    void theEquipmentListReportAtBothLevels() {
        String users = admin.get("/reports/equipment-list?level=user").body();
        assertThat(users).contains("iPhone Salgsavdeling", "ThinkPad Driftsavdeling", "490154203237518");
        PortalHttpClient.Page departments = admin.get("/reports/equipment-list?level=department");
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.body()).contains(company.account(0).number() + " Salg", company.account(1).number() + " Drift");
        assertThat(admin.get("/reports").body()).contains("equipment-list");
    }
}
