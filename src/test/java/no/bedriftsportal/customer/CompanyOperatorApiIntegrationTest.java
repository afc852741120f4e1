package no.bedriftsportal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalIntegrationTest;

@PortalIntegrationTest
class CompanyOperatorApiIntegrationTest {

    @LocalServerPort
    int port;

    OperatorApiClient operator;

    @BeforeEach
    void operator() {
        operator = new OperatorApiClient(port);
    }

    @Test
    void registersACompanyAndFindsItByOrganisationNumber() {
        String orgNumber = CompanyMother.nextOrgNumber();
        Response created = operator.post("/api/operator/companies", """
                {"orgNumber": "%s", "name": "Havbris Rederi AS", "addressLine": "Kaia 3", "postalCode": "5003",
                 "city": "Bergen", "invoiceEmail": "faktura@havbris.no"}""".formatted(orgNumber));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<String>json("$.orgNumber")).isEqualTo(orgNumber);
        Response found = operator.get("/api/operator/companies/" + orgNumber);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<String>json("$.name")).isEqualTo("Havbris Rederi AS");
        assertThat(found.<String>json("$.city")).isEqualTo("Bergen");
    }

    @ParameterizedTest(name = "org. number ''{0}'' is refused")
    @ValueSource(strings = {"923609017", "12345678", "1234567890", "92360901X", ""})
    void refusesMalformedOrganisationNumbersNamingTheField(String orgNumber) {
        Response refused = operator.post("/api/operator/companies", """
                {"orgNumber": "%s", "name": "Feil AS"}""".formatted(orgNumber));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("orgNumber");
        assertThat(refused.<String>json("$.errors[0].message")).isNotBlank();
    }

    @Test
    void refusesASecondCompanyWithTheSameOrganisationNumber() {
        String orgNumber = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Først AS\"}".formatted(orgNumber));

        Response second = operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Nummer to AS\"}".formatted(orgNumber));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.<String>json("$.errors[0].field")).isEqualTo("orgNumber");
    }

    @Test
    void aMissingNameIsNamedAsTheField() {
        Response refused = operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\"}".formatted(CompanyMother.nextOrgNumber()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("name");
    }

    @Test
    void opensCustomerNumbersFromTheSeriesOrAsSentAndRefusesATakenOne() {
        String orgNumber = register();
        Response assigned = operator.post("/api/operator/companies/" + orgNumber + "/customer-accounts", "{\"name\": \"Salg\"}");
        String sentNumber = String.valueOf(90_000_000 + (System.nanoTime() % 9_000_000));
        Response sent = operator.post("/api/operator/companies/" + orgNumber + "/customer-accounts",
                "{\"number\": \"%s\", \"name\": \"Drift\"}".formatted(sentNumber));
        Response taken = operator.post("/api/operator/companies/" + register() + "/customer-accounts",
                "{\"number\": \"%s\", \"name\": \"Lager\"}".formatted(sentNumber));

        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.<String>json("$.number")).matches("\\d{8}");
        assertThat(sent.<String>json("$.number")).isEqualTo(sentNumber);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.<String>json("$.errors[0].field")).isEqualTo("number");
        assertThat(operator.get("/api/operator/companies/" + orgNumber + "/customer-accounts").<Integer>json("$.length()"))
                .isEqualTo(2);
    }

    @Test
    void registersEmployeesWithEmployeeNumberAndPayType() {
        String orgNumber = register();
        Response created = operator.post("/api/operator/companies/" + orgNumber + "/employees", """
                {"name": "Åse Ødegård", "email": "ase@havbris.no", "employeeNumber": "1042", "payType": "5210"}""");
        Response duplicate = operator.post("/api/operator/companies/" + orgNumber + "/employees", """
                {"name": "Noen Andre", "employeeNumber": "1042"}""");
        Response badEmail = operator.post("/api/operator/companies/" + orgNumber + "/employees", """
                {"name": "Noen Tredje", "email": "ikke-en-adresse"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<String>json("$.name")).isEqualTo("Åse Ødegård");
        assertThat(created.<String>json("$.payType")).isEqualTo("5210");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.<String>json("$.errors[0].field")).isEqualTo("employeeNumber");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.<String>json("$.errors[0].field")).isEqualTo("email");
    }

    @Test
    void anUnknownCompanyIsNotFound() {
        Response missing = operator.get("/api/operator/companies/" + CompanyMother.nextOrgNumber());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedJsonGetsAProblemNotAStackTrace() {
        Response refused = operator.post("/api/operator/companies", "{\"orgNumber\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.title")).isEqualTo("Unreadable request");
        assertThat(refused.body()).doesNotContain("at org.springframework");
    }

    @Test
    void withoutTheTokenNothingIsAnswered() {
        Response anonymous = new OperatorApiClient(port, null).get("/api/operator/companies");
        Response wrong = new OperatorApiClient(port, "not-the-token").get("/api/operator/companies");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.wwwAuthenticate()).startsWith("Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("orgNumber");
    }

    @Test
    void describesItselfOnlyInTheDemo() {
        Response docs = new OperatorApiClient(port, null).get("/v3/api-docs");
        Response withToken = operator.get("/v3/api-docs");
        Response swagger = new OperatorApiClient(port, null).get("/swagger-ui/index.html");

        assertThat(docs.status()).isNotEqualTo(200);
        assertThat(withToken.status()).isNotEqualTo(200);
        assertThat(swagger.status()).isNotEqualTo(200);
        assertThat(docs.body() + withToken.body() + swagger.body()).doesNotContain("openapi", "/api/operator/companies",
                "swagger");
    }

    private String register() {
        String orgNumber = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Kunde AS\"}".formatted(orgNumber));
        return orgNumber;
    }
}
