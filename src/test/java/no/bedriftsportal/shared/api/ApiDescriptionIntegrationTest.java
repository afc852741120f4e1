package no.bedriftsportal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalIntegrationTest;

/**
 * The OpenAPI documents (#13.3): each served behind its own door only, valid by swagger-parser,
 * with a bearer scheme and security on every operation, the scope each company route needs, the
 * problem answers, and — so no route can be left out — exactly the {@code /api/v1} routes the
 * application maps, each of whose GETs without path variables answers 200 to a token with every scope
 * (required query parameters filled from the document's example, default or enum: give them one).
 */
@PortalIntegrationTest
class ApiDescriptionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    ApplicationContext context;

    @Test
    void theCompanyDocumentIsValidAndDescribesTokensScopesAndProblems() {
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(companies.company("Salg").id(), ApiScope.DASHBOARD_READ));

        Response answer = api.get("/api/v1/openapi.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        OpenAPI document = valid(answer.body());
        assertThat(document.getInfo().getTitle()).isEqualTo("Bedriftsportal company API");
        assertThat(document.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
        SecurityScheme scheme = document.getComponents().getSecuritySchemes().get("companyToken");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(scheme.getDescription()).contains("Settings → API", "dashboard:read", "invoices:read", "access:read");
        assertThat(document.getSecurity()).singleElement().satisfies(requirement -> assertThat(requirement).containsKey("companyToken"));
        assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "Money");
        assertThat(document.getComponents().getSchemas().get("Money").getExample()).isEqualTo("1234.50");
        assertThat(document.getComponents().getResponses().get("Forbidden").getContent()).containsKey("application/problem+json");
        operations(document).forEach((route, operation) -> {
            assertThat(operation.getSummary()).as(route).isNotBlank();
            assertThat(operation.getSecurity()).as(route).singleElement()
                    .satisfies(requirement -> assertThat(requirement).containsKey("companyToken"));
            assertThat(operation.getResponses()).as(route).containsKeys("200", "401", "429");
            String path = route.substring(route.indexOf(' ') + 1);
            Object scope = operation.getExtensions() == null ? null : operation.getExtensions().get("x-required-scope");
            assertThat(scope).as(route).isEqualTo(ApiScope.requiredFor(route.substring(0, route.indexOf(' ')), path).map(ApiScope::value).orElse(null));
            if (scope != null) {
                assertThat(operation.getResponses()).as(route).containsKey("403");
                assertThat(operation.getDescription()).as(route).contains("`" + scope + "`");
            }
        });
        Operation accounts = document.getPaths().get("/api/v1/customer-accounts").getGet();
        assertThat(accounts.getParameters()).extracting(p -> p.getName()).contains("limit", "cursor");
        assertThat(accounts.getResponses()).containsKey("400");
        assertThat(document.getComponents().getSchemas().values()).anySatisfy(schema -> {
            assertThat(schema.getProperties()).containsKeys("items", "nextCursor");
            assertThat(((io.swagger.v3.oas.models.media.Schema<?>) schema.getProperties().get("nextCursor")).getDescription())
                    .contains("null on the last page");
        });
    }

    @Test
    void everyCompanyApiRouteIsDocumentedAndEveryPlainGetAnswers() {
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(companies.company("Salg").id(), ApiScope.values()));
        OpenAPI document = valid(api.get("/api/v1/openapi.json").body());

        Set<String> documented = new TreeSet<>(operations(document).keySet());
        assertThat(documented).as("documented /api/v1 operations").isEqualTo(mappedRoutes("/api/v1/"));
        List<String> failures = new ArrayList<>();
        for (String route : documented) {
            String path = route.substring(route.indexOf(' ') + 1);
            if (route.startsWith("GET ") && !path.contains("{")) {
                String query = requiredQuery(operations(document).get(route));
                if (query == null) {
                    failures.add(route + ": a required parameter has no example, default or enum to call it with");
                    continue;
                }
                Response answer = api.get(path + query);
                if (answer.status() != 200) {
                    failures.add(route + query + ": " + answer.status() + " " + answer.body());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theOperatorDocumentIsValidAndServedToTheOperatorTokenOnly() {
        OperatorApiClient.Response answer = new OperatorApiClient(port).get("/api/operator/openapi.json");

        assertThat(answer.status()).isEqualTo(200);
        OpenAPI document = valid(answer.body());
        assertThat(document.getComponents().getSecuritySchemes().get("operatorToken").getScheme()).isEqualTo("bearer");
        assertThat(document.getSecurity()).singleElement().satisfies(requirement -> assertThat(requirement).containsKey("operatorToken"));
        assertThat(operations(document).keySet()).isEqualTo(mappedRoutes("/api/operator/"))
                .contains("POST /api/operator/companies", "PUT /api/operator/subscriptions/{msisdn}/plan");
        operations(document).forEach((route, operation) -> {
            assertThat(operation.getSecurity()).as(route).singleElement()
                    .satisfies(requirement -> assertThat(requirement).containsKey("operatorToken"));
            assertThat(operation.getResponses()).as(route).containsKeys("401", "403");
        });
        assertThat(document.getPaths().keySet()).noneMatch(path -> path.startsWith("/api/v1"));

        String companyToken = apiTokens.tokenFor(companies.company("Salg").id(), ApiScope.values());
        assertThat(new OperatorApiClient(port, companyToken).get("/api/operator/openapi.json").status()).isEqualTo(401);
        assertThat(new OperatorApiClient(port, null).get("/api/operator/openapi.json").status()).isEqualTo(401);
    }

    @Test
    void withoutAValidTokenTheCompanyDocumentIsA401Problem() {
        for (String token : List.of("", "bp_unknown", OperatorApiClient.TOKEN)) {
            Response answer = new CompanyApiClient(port, token.isEmpty() ? null : token).get("/api/v1/openapi.json");

            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.header("Content-Type")).as(token).startsWith("application/problem+json");
            assertThat(answer.body()).as(token).doesNotContain("\"paths\"");
        }
    }

    /** The required query parameters filled from the document's own example, default or first enum value; null if one has none. */
    private static String requiredQuery(Operation operation) {
        StringBuilder query = new StringBuilder();
        for (io.swagger.v3.oas.models.parameters.Parameter parameter : operation.getParameters() == null
                ? List.<io.swagger.v3.oas.models.parameters.Parameter>of() : operation.getParameters()) {
            if (!Boolean.TRUE.equals(parameter.getRequired()) || !"query".equals(parameter.getIn())) {
                continue;
            }
            io.swagger.v3.oas.models.media.Schema<?> schema = parameter.getSchema();
            Object value = parameter.getExample() != null ? parameter.getExample()
                    : schema == null ? null
                    : schema.getExample() != null ? schema.getExample()
                    : schema.getDefault() != null ? schema.getDefault()
                    : schema.getEnum() != null && !schema.getEnum().isEmpty() ? schema.getEnum().get(0) : null;
            if (value == null) {
                return null;
            }
            query.append(query.isEmpty() ? '?' : '&').append(parameter.getName()).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static OpenAPI valid(String json) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, null);
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    /** "METHOD /path" → operation, of every path of the document. */
    private static Map<String, Operation> operations(OpenAPI document) {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((PathItem.HttpMethod method, Operation operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    /** The routes the handler mappings answer under this prefix, but the document's own. */
    private Set<String> mappedRoutes(String prefix) {
        Set<String> routes = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMethods().keySet()
                .forEach((RequestMappingInfo info) -> info.getPatternValues().stream().filter(pattern -> pattern.startsWith(prefix))
                        .filter(pattern -> !pattern.endsWith("/openapi.json"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " "
                                + pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"))))));
        return routes;
    }
}
