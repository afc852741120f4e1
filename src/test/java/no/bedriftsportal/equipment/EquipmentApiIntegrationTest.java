package no.bedriftsportal.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * {@code /api/v1/equipment} (#17.7): register, read with history, change, an action, the list with filters and
 * cursor, a dry-run import and an all-or-nothing import, the export; the scopes it needs.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EquipmentApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    ApiTokenMother tokens;
    @Autowired
    Companies companies;

    TestCompany company;
    CompanyApiClient api;
    CompanyApiClient reader;
    String token;
    long employeeId;

    @BeforeAll
    void aCompanyWithATokenToManageEquipment() {
        company = mother.company("Salg");
        company.subscriber(0, "FRI_5", "Api Ansatt");
        employeeId = companies.employees(company.id()).get(0).id();
        token = tokens.tokenFor(company.id(), ApiScope.EQUIPMENT_READ, ApiScope.EQUIPMENT_MANAGE);
        api = new CompanyApiClient(port, token);
        reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.EQUIPMENT_READ));
    }

    @Test
    void registersReadsChangesAndMovesADevice() {
        Response created = api.exchange("POST", "/api/v1/equipment", """
                {"kind": "PHONE", "make": "Apple", "model": "iPhone 15", "imei": "356938035643809",
                 "customerNumber": "%s", "price": "10990.00", "purchasedOn": "2025-05-01"}""".formatted(company.account(0).number()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Integer id = created.json("$.id");
        assertThat(created.<String>json("$.status")).isEqualTo("IN_STOCK");
        assertThat(created.<List<String>>json("$.actions")).contains("hand-over");

        Response refused = api.exchange("POST", "/api/v1/equipment", """
                {"kind": "PHONE", "make": "Apple", "model": "iPhone 15", "imei": "356938035643800"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("imei");

        Response moved = api.exchange("POST", "/api/v1/equipment/" + id + "/actions/hand-over",
                "{\"holderEmployeeId\": " + employeeId + ", \"note\": \"API\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.<String>json("$.status")).isEqualTo("IN_USE");
        assertThat(moved.<String>json("$.holderName")).isEqualTo("Api Ansatt");
        assertThat(api.exchange("POST", "/api/v1/equipment/" + id + "/actions/retire", "{}").status()).isEqualTo(400);

        Response changed = api.exchange("PUT", "/api/v1/equipment/" + id, """
                {"kind": "PHONE", "make": "Apple", "model": "iPhone 15 Pro", "imei": "356938035643809",
                 "customerNumber": "%s", "price": "12990.00"}""".formatted(company.account(0).number()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.<String>json("$.price")).isEqualTo("12990.00");
        assertThat(changed.<String>json("$.status")).as("actions move it, not a change").isEqualTo("IN_USE");

        Response one = reader.get("/api/v1/equipment/" + id);
        assertThat(one.<List<String>>json("$.history[*].action")).containsExactly("HANDED_OVER", "REGISTERED");
        Response list = reader.get("/api/v1/equipment?q=iphone&limit=1");
        assertThat(list.<Integer>json("$.total")).isEqualTo(1);
        assertThat(list.<String>json("$.items[0].model")).isEqualTo("iPhone 15 Pro");
        assertThat(reader.exchange("POST", "/api/v1/equipment", "{}").status()).as("a read token changes nothing").isEqualTo(403);
        Response export = reader.get("/api/v1/equipment/export?format=csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("Type;Merke;Modell;IMEI").contains("356938035643809");
    }

    @Test
    void importsWithADryRunAndAllOrNothing() throws Exception {
        String number = company.account(0).number();
        String bad = "Type;Merke;Modell;IMEI;Serienummer;Kundenummer\r\nRuter;Huawei;B535;;API-R1;" + number
                + "\r\nMobiltelefon;Apple;iPhone;490154203237517;;" + number + "\r\n";
        HttpResponse<String> dryRun = upload("/api/v1/equipment/import?dryRun=true", bad);
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.body()).contains("\"outcome\":\"CREATE\"").contains("\"outcome\":\"ERROR\"")
                .contains("equipment.error.imei");
        HttpResponse<String> refused = upload("/api/v1/equipment/import", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(api.get("/api/v1/equipment?serialNumber=API-R1&identifier=API-R1").<Integer>json("$.total")).isZero();

        String good = "Type;Merke;Modell;IMEI;Serienummer;Kundenummer\r\nRuter;Huawei;B535;;API-R1;" + number + "\r\n";
        HttpResponse<String> imported = upload("/api/v1/equipment/import", good);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":1");
        assertThat(api.get("/api/v1/equipment?identifier=API-R1").<Integer>json("$.total")).isEqualTo(1);
    }

    private HttpResponse<String> upload(String path, String csv) throws Exception {
        String boundary = "equipment-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"utstyr.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
