package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The operator's staff (#17.4, ADR 0026): registered by the operator API, logged in by SMS code to
 * the order queue only, before a company's subscription of the same number; deactivated, their
 * session ends at the next request.
 */
@PortalIntegrationTest
class StaffLoginIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox sms;

    @Test
    void staffAreRegisteredByTheOperatorLogInToTheQueueAndAreDeactivated() {
        Msisdn number = CompanyMother.nextMsisdn();
        OperatorApiClient operator = new OperatorApiClient(port);
        assertThat(operator.post("/api/operator/staff", "{\"msisdn\":\"" + number.national() + "\",\"name\":\"Kari Kundeservice\"}").status())
                .isEqualTo(201);
        assertThat(operator.post("/api/operator/staff", "{\"msisdn\":\"" + number.value() + "\",\"name\":\"Kari\"}").status())
                .isEqualTo(409);
        assertThat(operator.post("/api/operator/staff", "{\"msisdn\":\"12345\",\"name\":\"Kari\"}").status()).isEqualTo(400);
        assertThat(new OperatorApiClient(port, "wrong").get("/api/operator/staff").status()).isEqualTo(401);
        assertThat(operator.get("/api/operator/staff").body()).contains(number.value()).contains("Kari Kundeservice");

        PortalHttpClient staff = new PortalHttpClient(port);
        assertThat(staff.logIn(number, sms).redirectsTo("/staff/orders")).isTrue();
        PortalHttpClient.Page queue = staff.get("/staff/orders");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("Kari Kundeservice").contains("Operatør – kundeservice");

        PortalHttpClient operatorCall = new PortalHttpClient(port).header("Authorization", "Bearer " + OperatorApiClient.TOKEN);
        assertThat(operatorCall.exchange("DELETE", "/api/operator/staff/" + number.value(), null, null).status()).isEqualTo(204);
        assertThat(staff.get("/staff/orders").redirectsTo("/login")).as("the session ends with the staff access").isTrue();
    }

    @Test
    void aNumberRegisteredAsStaffLogsInAsStaffEvenWithACompanysSubscription() {
        TestCompany company = mother.company("Administrasjon");
        Msisdn superUser = company.superUser();
        new OperatorApiClient(port).post("/api/operator/staff", "{\"msisdn\":\"" + superUser.value() + "\",\"name\":\"Dobbel Rolle\"}");
        PortalHttpClient client = new PortalHttpClient(port);
        assertThat(client.logIn(superUser, sms).redirectsTo("/staff/orders")).isTrue();
        assertThat(client.get("/").redirectsTo("/staff/orders")).isTrue();
        assertThat(client.get("/invoices").status()).isEqualTo(403);
    }
}
