package no.bedriftsportal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * What the customizer adds to a route nobody annotated — as the routes of the other modules will
 * be: the scope {@link ApiScope#requiredFor(String)} names, the 403 that goes with it, a 404 where
 * the path takes an id, a summary from the method's name, and the conventions' examples.
 */
class ApiDescriptionCustomizerTest {

    @Test
    void aScopedRouteWithAnIdGetsItsScopeAndItsProblems() {
        OpenAPI api = document("/api/v1/invoices/{id}", new Operation().operationId("invoiceLines")
                .addParametersItem(new Parameter().name("id").in("path").required(true).schema(new StringSchema())));

        new ApiDescriptionCustomizer(ApiDocument.COMPANY).customise(api);

        Operation operation = api.getPaths().get("/api/v1/invoices/{id}").getGet();
        assertThat(operation.getExtensions()).containsEntry("x-required-scope", "invoices:read");
        assertThat(operation.getDescription()).contains("`invoices:read`");
        assertThat(operation.getSummary()).isEqualTo("Invoice lines");
        assertThat(operation.getResponses()).containsKeys("200", "400", "401", "403", "404", "429");
        assertThat(operation.getResponses().get("403").get$ref()).isEqualTo("#/components/responses/Forbidden");
        assertThat(api.getComponents().getResponses().get("Forbidden").getContent().get("application/problem+json").getSchema()
                .get$ref()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void anOpenRouteWithoutParametersGetsNoScopeNo403AndNo400() {
        OpenAPI api = document("/api/v1/company", new Operation().operationId("company").summary("The token's company"));

        new ApiDescriptionCustomizer(ApiDocument.COMPANY).customise(api);

        Operation operation = api.getPaths().get("/api/v1/company").getGet();
        assertThat(operation.getExtensions()).isNull();
        assertThat(operation.getSummary()).isEqualTo("The token's company");
        assertThat(operation.getResponses()).containsOnlyKeys("200", "401", "429");
    }

    @Test
    void moneyDatesAndCursorsGetTheConventionsExamples() {
        OpenAPI api = document("/api/v1/payments", new Operation().operationId("payments"));
        ObjectSchema page = new ObjectSchema();
        page.addProperty("items", new ObjectSchema());
        page.addProperty("nextCursor", new StringSchema());
        ObjectSchema payment = new ObjectSchema();
        payment.addProperty("amount", new StringSchema());
        payment.addProperty("paidOn", new DateSchema());
        payment.addProperty("reference", new StringSchema());
        payment.addProperty("totalExVat", new StringSchema());
        payment.addProperty("vatNumber", new StringSchema());
        payment.addProperty("costCenter", new StringSchema());
        api.components(new io.swagger.v3.oas.models.Components().addSchemas("CursorPagePaymentJson", page)
                .addSchemas("PaymentJson", payment));

        new ApiDescriptionCustomizer(ApiDocument.COMPANY).customise(api);

        assertThat(page.getProperties().get("nextCursor").getDescription()).contains("null on the last page");
        assertThat(payment.getProperties().get("amount").getExample()).isEqualTo("1234.50");
        assertThat(io.swagger.v3.core.util.Json.pretty(payment.getProperties().get("paidOn"))).contains("\"example\" : \"2026-11-20\"");
        assertThat(payment.getProperties().get("totalExVat").getExample()).isEqualTo("1234.50");
        assertThat(payment.getProperties()).extractingByKeys("reference", "vatNumber", "costCenter")
                .allSatisfy(property -> assertThat(((io.swagger.v3.oas.models.media.Schema<?>) property).getExample()).isNull());
    }

    private static OpenAPI document(String path, Operation operation) {
        operation.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        return new OpenAPI().paths(new Paths().addPathItem(path, new PathItem().get(operation)));
    }
}
