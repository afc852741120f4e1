package no.bedriftsportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;

/**
 * #11.7: every text has a length limit (ADR 0008) — in the API (a 400 naming the field), in the
 * forms ({@code maxlength}, and the server's cap on every parameter) and in the database.
 */
@PortalIntegrationTest
class InputLengthsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"city, 100000", "city, 101", "addressLine, 201", "invoiceEmail, 255", "name, 201", "postalCode, 5"})
    void aCompanyFieldOverItsLimitIsA400NamingTheField(String field, int length) {
        String json = """
                {"orgNumber": "%s", "name": "Havbris AS", "%s": "%s"}""".formatted(CompanyMother.nextOrgNumber(), field, "x".repeat(length));

        Response refused = new OperatorApiClient(port).post("/api/operator/companies", json);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo(field);
    }

    @Test
    void aCityOfExactlyTheLimitIsTaken() {
        String json = """
                {"orgNumber": "%s", "name": "Havbris AS", "city": "%s"}""".formatted(CompanyMother.nextOrgNumber(), "Å".repeat(100));

        assertThat(new OperatorApiClient(port).post("/api/operator/companies", json).status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"email, 255", "employeeNumber, 41", "payType, 41"})
    void anEmployeeFieldOverItsLimitIsA400NamingTheField(String field, int length) {
        OperatorApiClient operator = new OperatorApiClient(port);
        String orgNumber = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Fjell AS\"}".formatted(orgNumber));

        Response refused = operator.post("/api/operator/companies/" + orgNumber + "/employees",
                "{\"name\": \"Siri Vik\", \"%s\": \"%s\"}".formatted(field, "x".repeat(length)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo(field);
    }

    @Test
    void theDatabaseRefusesWhatGetsPastTheApi() {
        long company = mother.company().id();

        assertThatThrownBy(() -> jdbc.sql("update company set city = :city where company_id = :id")
                .param("city", "x".repeat(101)).param("id", company).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("company_city_length");
        assertThatThrownBy(() -> jdbc.sql("update company set address_line = :line where company_id = :id")
                .param("line", "x".repeat(201)).param("id", company).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("company_address_line_length");
    }

    @Test
    void theFormsHaveMaxlengthAndTheServerCapsEveryParameter() {
        PortalHttpClient superUser = new PortalHttpClient(port);
        superUser.logIn(mother.company("Salg").superUser(), outbox);

        assertThat(superUser.get("/").body()).contains("name=\"userSearch\" maxlength=\"100\"");
        assertThat(superUser.get("/settings/access/new").body()).contains("name=\"msisdn\" type=\"tel\" maxlength=\"20\"");
        PortalHttpClient.Page tooLong = superUser.getHtmx("/dashboard/users/list?userSearch=" + "k".repeat(501));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"userSearch\"");
    }
}
