package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The company API of invoice control's users and employees (#14.2): the same choices, bulk changes,
 * employee numbers, agreements and opening balances as the portal, within the token's customer
 * numbers; reading needs invoice-control:read, changing invoice-control:manage.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeesApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    TestCompany company;
    Subscription sales;
    Subscription operations;
    long profile;
    CompanyApiClient manager;
    CompanyApiClient operationsManager;
    CompanyApiClient reader;
    String managerToken;

    @BeforeAll
    void aCompanyAndTokens() {
        company = mother.company("Salg", "Drift");
        sales = subscription(company.subscriber(0, "FRI_5", "Api Salg"));
        operations = subscription(company.subscriber(1, "FRI_5", "Api Drift"));
        profile = new ProfileFixture(jdbc).profile(company.id(), "API-profil", clock.instant());
        managerToken = tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ, ApiScope.INVOICE_CONTROL_MANAGE);
        manager = new CompanyApiClient(port, managerToken);
        operationsManager = new CompanyApiClient(port, tokens.tokenFor(company.id(), Set.of(company.account(1).id()),
                ApiScope.INVOICE_CONTROL_READ, ApiScope.INVOICE_CONTROL_MANAGE));
        reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ));
    }

    @Test
    void theSubscriptionsWithTheirChoiceWithinTheTokensCustomerNumbers() {
        Response all = reader.get("/api/v1/invoice-control/subscriptions?choice=NEW");
        assertThat(all.status()).isEqualTo(200);
        List<Integer> ids = all.json("$.items[*].id");
        assertThat(ids).contains((int) sales.id(), (int) operations.id());
        assertThat((List<String>) all.json("$.items[*].choice")).containsOnly("NEW");

        Response limited = operationsManager.get("/api/v1/invoice-control/subscriptions");
        assertThat((List<Integer>) limited.json("$.items[*].id")).containsExactly((int) operations.id());
    }

    @Test
    void aProfileIsChosenAndRemovedOneOrManyAndOnlyWithTheManageScope() {
        Response chosen = manager.exchange("PUT", "/api/v1/invoice-control/subscriptions/" + sales.id() + "/profile",
                "{\"choice\":\"PROFILE\",\"profileId\":" + profile + "}");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat((String) chosen.json("$.choice")).isEqualTo("PROFILE");
        assertThat((Integer) chosen.json("$.profileId")).isEqualTo((int) profile);
        assertThat((String) chosen.json("$.profileName")).isEqualTo("API-profil");

        Response bulk = manager.exchange("POST", "/api/v1/invoice-control/subscriptions/bulk",
                "{\"action\":\"REMOVE_PROFILE\",\"subscriptionIds\":[" + sales.id() + "," + operations.id() + "]}");
        assertThat(bulk.status()).isEqualTo(200);
        assertThat((Integer) bulk.json("$.changed")).isEqualTo(2);
        assertThat((String) manager.get("/api/v1/invoice-control/employees/" + sales.employeeId()).json("$.subscriptions[0].choice"))
                .isEqualTo("NO_PROFILE");

        assertThat(reader.exchange("PUT", "/api/v1/invoice-control/subscriptions/" + sales.id() + "/profile",
                "{\"choice\":\"NO_PROFILE\"}").status()).isEqualTo(403);
        assertThat(operationsManager.exchange("PUT", "/api/v1/invoice-control/subscriptions/" + sales.id() + "/profile",
                "{\"choice\":\"NO_PROFILE\"}").status()).isEqualTo(404);
        assertThat(manager.exchange("PUT", "/api/v1/invoice-control/subscriptions/" + sales.id() + "/profile",
                "{\"choice\":\"PROFILE\"}").status()).isEqualTo(400);
    }

    @Test
    void theEmployeesNumberPayTypeAgreementWithItsScanAndOpeningBalance() throws Exception {
        String employee = "/api/v1/invoice-control/employees/" + operations.employeeId();
        Response changed = manager.exchange("PUT", employee, "{\"employeeNumber\":\"API-" + company.id() + "\",\"payType\":\"5300\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat((String) changed.json("$.employeeNumber")).isEqualTo("API-" + company.id());
        assertThat((String) changed.json("$.payType")).isEqualTo("5300");

        Response taken = manager.exchange("PUT", "/api/v1/invoice-control/employees/" + sales.employeeId(),
                "{\"employeeNumber\":\"API-" + company.id() + "\"}");
        assertThat(taken.status()).isIn(400, 409);
        assertThat(taken.body()).contains("employeeNumber");

        assertThat(scan(employee, "application/pdf", "%PDF-1.4 avtale").statusCode()).isEqualTo(400); // no agreement yet
        Response agreement = manager.exchange("PUT", employee + "/agreement", "{\"signedOn\":\"2026-01-15\"}");
        assertThat(agreement.status()).isEqualTo(200);
        assertThat((String) agreement.json("$.agreement.signedOn")).isEqualTo("2026-01-15");
        assertThat(scan(employee, "text/plain", "ikke en skanning").statusCode()).isEqualTo(400);
        java.net.http.HttpResponse<String> scanned = scan(employee, "application/pdf", "%PDF-1.4 avtale");
        assertThat(scanned.statusCode()).isEqualTo(200);
        assertThat(scanned.body()).contains("\"fileName\":\"avtale.pdf\"", "\"signedOn\":\"2026-01-15\"");

        Response balance = manager.exchange("PUT", employee + "/opening-balances/2026", "{\"amount\":\"750.00\"}");
        assertThat(balance.status()).isEqualTo(200);
        assertThat((String) balance.json("$.openingBalances[0].amount")).isEqualTo("750.00");

        assertThat(manager.exchange("DELETE", employee + "/agreement", null).json("$.agreement") == null).isTrue();
        assertThat(operationsManager.get("/api/v1/invoice-control/employees/" + sales.employeeId()).status()).isEqualTo(404);
        assertThat(manager.get(employee + "/content-purchases?month=2026-11").status()).isEqualTo(200);
    }

    private Subscription subscription(Msisdn msisdn) {
        return subscriptions.activeToday(company.id(), msisdn).orElseThrow();
    }

    /** Attaches a scanned agreement through the API as a multipart upload of this type. */
    private java.net.http.HttpResponse<String> scan(String employee, String type, String content) throws Exception {
        String boundary = "scan-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"avtale.pdf\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + employee + "/agreement/file"))
                .header("Authorization", "Bearer " + managerToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
