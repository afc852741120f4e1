package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Settings → API documentation (#13.3): the company API's reference, route by route as its OpenAPI
 * document has them, and the same document to download through the session — super users only.
 */
@PortalIntegrationTest
class ApiDocumentationPageIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    SmsOutbox outbox;

    @Test
    void aSuperUserReadsEveryRouteOfTheDocumentWithItsScopeAndParameters() {
        TestCompany company = mother.company("Salg");
        OpenAPI document = parse(new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ))
                .get("/api/v1/openapi.json").body());
        PortalHttpClient superUser = new PortalHttpClient(port);
        superUser.logIn(company.superUser(), outbox);

        Page page = superUser.get("/settings/api/documentation");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h2 id=\"api-docs-heading\">API-dokumentasjon</h2>", "href=\"/settings/api/openapi.json\"",
                "<code>/api/v1/openapi.json</code>");
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            assertThat(page.body()).contains("data-route=\"" + method + " " + path + "\"", operation.getSummary());
            Object scope = operation.getExtensions() == null ? null : operation.getExtensions().get("x-required-scope");
            if (scope != null) {
                assertThat(page.body()).contains("<code>" + scope + "</code>");
            }
        }));
        assertThat(page.body()).contains("Enhver gyldig nøkkel", "<code>limit</code>", "<code>cursor</code>", "i spørringen");
    }

    @Test
    void theDownloadIsTheCompanyDocumentAndOnlyForSuperUsers() {
        TestCompany company = mother.company("Salg");
        PortalHttpClient superUser = new PortalHttpClient(port);
        superUser.logIn(company.superUser(), outbox);
        PortalHttpClient plainUser = new PortalHttpClient(port);
        plainUser.logIn(company.user(0), outbox);

        Download download = superUser.download("/settings/api/openapi.json");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("bedriftsportal-api-v1.json");
        OpenAPI document = parse(new String(download.content(), StandardCharsets.UTF_8));
        assertThat(document.getInfo().getTitle()).isEqualTo("Bedriftsportal company API");
        assertThat(document.getPaths()).containsKeys("/api/v1/company", "/api/v1/customer-accounts")
                .allSatisfy((path, item) -> assertThat(path).startsWith("/api/v1/"));
        assertThat(plainUser.download("/settings/api/openapi.json").status()).isEqualTo(403);
        assertThat(plainUser.get("/settings/api/documentation").status()).isEqualTo(403);
        assertThat(new PortalHttpClient(port).get("/settings/api/documentation").redirectsTo("/login")).isTrue();
    }

    private static OpenAPI parse(String json) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, null);
        assertThat(result.getMessages()).isEmpty();
        return result.getOpenAPI();
    }
}
