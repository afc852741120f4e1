package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;

/** G2 end to end: the operator creates a company and its first super user, who logs in. */
@PortalIntegrationTest
class SuperUserOperatorApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TestClock clock;

    @Test
    void theOperatorGrantsTheFirstSuperUserWhoIsToldBySmsAndLogsIn() {
        OperatorApiClient operator = new OperatorApiClient(port);
        String orgNumber = CompanyMother.nextOrgNumber();
        Msisdn admin = CompanyMother.nextMsisdn();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Nordkapp Fisk AS\"}".formatted(orgNumber));
        String customerNumber = operator.post("/api/operator/companies/" + orgNumber + "/customer-accounts",
                "{\"name\": \"Administrasjon\"}").json("$.number");
        operator.post("/api/operator/companies/" + orgNumber + "/employees", "{\"name\": \"Tove Lie\", \"employeeNumber\": \"1\"}");

        Response tooEarly = operator.post("/api/operator/companies/" + orgNumber + "/super-users",
                "{\"msisdn\": \"%s\"}".formatted(admin.value()));
        operator.post("/api/operator/companies/" + orgNumber + "/subscriptions", """
                {"msisdn": "%s", "planCode": "FRI_20", "customerNumber": "%s", "employeeNumber": "1", "activeFrom": "%s"}"""
                .formatted(admin.value(), customerNumber, Oslo.today(clock).minusDays(1)));
        Response granted = operator.post("/api/operator/companies/" + orgNumber + "/super-users",
                "{\"msisdn\": \"%s\"}".formatted(admin.display()));
        Response twice = operator.post("/api/operator/companies/" + orgNumber + "/super-users",
                "{\"msisdn\": \"%s\"}".formatted(admin.value()));

        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.<String>json("$.errors[0].field")).isEqualTo("msisdn");
        assertThat(granted.status()).isEqualTo(201);
        assertThat(granted.<String>json("$.name")).isEqualTo("Tove Lie");
        assertThat(granted.<String>json("$.role")).isEqualTo("SUPER_USER");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(outbox.latest(20)).anySatisfy(sms -> {
            assertThat(sms.to()).isEqualTo(admin.value());
            assertThat(sms.text()).contains("Nordkapp Fisk AS", "mobilnummeret ditt");
        });
        PortalHttpClient browser = new PortalHttpClient(port);
        assertThat(browser.logIn(admin, outbox).redirectsTo("/")).isTrue();
        assertThat(browser.get("/").body()).contains("Nordkapp Fisk AS", "Tove Lie");
    }
}
