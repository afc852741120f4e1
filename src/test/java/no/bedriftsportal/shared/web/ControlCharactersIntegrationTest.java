package no.bedriftsportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;

/**
 * #11.6: a control character (NUL, ESC, DEL, a C1 such as NEL …) in any request parameter or JSON
 * string is a 400 naming the field, never a 500 (PostgreSQL refuses NUL in text). Pages get the
 * error page with the message, htmx and the operator API problem JSON.
 */
@PortalIntegrationTest
class ControlCharactersIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    PortalHttpClient superUser;

    @BeforeEach
    void logIn() {
        superUser = new PortalHttpClient(port);
        superUser.logIn(mother.company("Salg").superUser(), outbox);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/?userSearch=", "/dashboard/users/list?userSearch=", "/dashboard/data/users?name=",
            "/dashboard/data/users?plan=", "/settings/audit?action=", "/dashboard/data.xlsx?name="})
    void nulInASearchOrFilterOfAPageIsA400NamingTheField(String pathAndParameter) {
        Page page = superUser.get(pathAndParameter + "Kari%00Nordmann");

        assertThat(page.status()).isEqualTo(400);
        String field = pathAndParameter.substring(pathAndParameter.indexOf('?') + 1, pathAndParameter.length() - 1);
        assertThat(page.body()).contains("Feltet «" + field + "» inneholder kontrolltegn");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "0008", "000B", "001B", "007F", "0085", "009F"})
    void everyControlCharacterFromHtmxIsAProblemNamingTheField(String codePoint) {
        String value = "Kari" + (char) Integer.parseInt(codePoint, 16);

        Page answer = superUser.getHtmx("/dashboard/users/list?userSearch=" + URLEncoder.encode(value, StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers().get("content-type").get(0)).startsWith(PROBLEM_JSON);
        assertThat(answer.body()).contains("\"field\":\"userSearch\"");
    }

    @Test
    void aControlCharacterInAParameterNameIsRefusedToo() {
        assertThat(superUser.getHtmx("/dashboard/users/list?user%00Search=Kari").status()).isEqualTo(400);
    }

    @Test
    void ordinaryNorwegianTextPasses() {
        String search = URLEncoder.encode("Ærlige Øystein Åsheim-O'Neil «sjef» 100 %", StandardCharsets.UTF_8);
        assertThat(superUser.getHtmx("/dashboard/users/list?userSearch=" + search).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name", "city", "addressLine", "postalCode", "invoiceEmail"})
    void nulInACompanyFieldOfTheOperatorApiIsA400ProblemNamingIt(String field) {
        String json = """
                {"orgNumber": "%s", "name": "Havbris AS", "%s": "Ber\\u0000gen"}""".formatted(CompanyMother.nextOrgNumber(), field);

        Response refused = new OperatorApiClient(port).post("/api/operator/companies", json);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo(field);
        assertThat(refused.<String>json("$.errors[0].message")).contains("control characters");
    }

    @Test
    void controlCharactersInEmployeeAndDepartmentNamesAreRefused() {
        OperatorApiClient operator = new OperatorApiClient(port);
        String orgNumber = CompanyMother.nextOrgNumber();
        assertThat(operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Fjell AS\"}".formatted(orgNumber))
                .status()).isEqualTo(201);

        Response employee = operator.post("/api/operator/companies/" + orgNumber + "/employees",
                "{\"name\": \"Siri\\u001bVik\", \"employeeNumber\": \"7\"}");
        Response department = operator.post("/api/operator/companies/" + orgNumber + "/customer-accounts",
                "{\"name\": \"Salg\\u007f\"}");

        assertThat(employee.status()).isEqualTo(400);
        assertThat(employee.<String>json("$.errors[0].field")).isEqualTo("name");
        assertThat(department.status()).isEqualTo(400);
        assertThat(department.<String>json("$.errors[0].field")).isEqualTo("name");
    }
}
