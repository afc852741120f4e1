package no.bedriftsportal.shared.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Completes a document from what the routes themselves say, so that a route added later is
 * described without annotations: the info, relative servers, the bearer scheme and a global
 * security requirement; per operation a summary, the scope it needs ({@code x-required-scope}, from
 * {@link ApiScope#requiredFor(String, String)}), the problem answers it may give; and the shared
 * conventions as examples (money strings, ISO dates, cursor paging).
 */
final class ApiDescriptionCustomizer implements OpenApiCustomizer {

    static final String REQUIRED_SCOPE = "x-required-scope";
    static final String PROBLEM = "Problem";
    static final String MONEY = "Money";
    static final String PROBLEM_JSON = "application/problem+json";

    /** A string property named as money is (ApiMoney): amount, totalExVat, monthlyFee, vat — not vatNumber, costCenter. */
    private static final Pattern MONEY_NAME = Pattern.compile("(?i).*(amount|total|price|cost|balance|vat|fee)s?(ExVat|InclVat|ExclVat|IncVat)?");

    private final ApiDocument document;

    ApiDescriptionCustomizer(ApiDocument document) {
        this.document = document;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title(document.title()).version("v1").description(document.description()));
        api.servers(List.of(new Server().url("/").description("This portal (relative to the address the document was read from)")));
        Components components = api.getComponents() != null ? api.getComponents() : new Components();
        api.components(components);
        components.addSecuritySchemes(document.securityScheme(), securityScheme());
        api.security(List.of(new SecurityRequirement().addList(document.securityScheme())));
        components.addSchemas(PROBLEM, problemSchema());
        if (document == ApiDocument.COMPANY) {
            components.addSchemas(MONEY, new StringSchema().pattern("^-?[0-9]+\\.[0-9]{2}$").example("1234.50")
                    .description("An amount in NOK as a string with two decimals, never a floating point number"));
        }
        problems().forEach(components::addResponses);
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> describeConventions(schema));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> describe(path, method,
                    operation)));
        }
    }

    private SecurityScheme securityScheme() {
        SecurityScheme scheme = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer");
        if (document == ApiDocument.COMPANY) {
            String scopes = Arrays.stream(ApiScope.values())
                    .map(scope -> "`" + scope.value() + "` (" + scope.methods().stream().map(Object::toString)
                            .collect(Collectors.joining("/")) + " " + String.join(", ", scope.paths()) + ")")
                    .collect(Collectors.joining("; "));
            return scheme.bearerFormat("bp_…").description("A company API token (`bp_…`), made by a super user in the portal under "
                    + "Settings → API and shown once. Its scopes open paths: " + scopes + ". Other paths are open to every valid "
                    + "token. A token may be limited to some customer numbers.");
        }
        return scheme.description("The operator token (`portal.operator.token`).");
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summaryOf(operation.getOperationId(), method, path));
        }
        Optional<ApiScope> scope = document == ApiDocument.COMPANY ? ApiScope.requiredFor(method.name(), path) : Optional.empty();
        String needs = scope.map(s -> "Requires the scope `" + s.value() + "`.").orElse(document == ApiDocument.COMPANY
                ? "Open to every valid token." : "Requires the operator token.");
        scope.ifPresent(s -> operation.addExtension(REQUIRED_SCOPE, s.value()));
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? needs
                : operation.getDescription() + "\n\n" + needs);
        operation.setSecurity(List.of(new SecurityRequirement().addList(document.securityScheme())));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ApiDescriptionCustomizer::describeParameter);
        }
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || operation.getRequestBody() != null;
        if (takesInput) {
            responses.putIfAbsent("400", ref("BadRequest"));
        }
        responses.putIfAbsent("401", ref("Unauthorized"));
        if (scope.isPresent() || document == ApiDocument.OPERATOR) {
            responses.putIfAbsent("403", ref("Forbidden"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", ref("NotFound"));
        }
        if (document == ApiDocument.COMPANY) {
            responses.putIfAbsent("429", ref("TooManyRequests"));
        }
    }

    /** The conventions every list and value shares, as examples where the route's own types say nothing. */
    @SuppressWarnings("rawtypes")
    private static void describeConventions(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        if (properties.containsKey("items") && properties.containsKey("nextCursor")) {
            schema.description(schema.getDescription() != null ? schema.getDescription()
                    : "One page of a list; pass nextCursor as cursor to read the next");
            properties.get("nextCursor").description("The cursor of the next page, null on the last page")
                    .example("WyIxMDAwMDEiXQ");
        }
        properties.forEach((name, property) -> {
            if ("date".equals(property.getFormat()) && property.getExample() == null) {
                property.example("2026-11-20");
            } else if ("date-time".equals(property.getFormat()) && property.getExample() == null) {
                property.example("2026-11-20T14:00:00Z");
            } else if ("string".equals(property.getType()) && property.getFormat() == null && property.getExample() == null
                    && MONEY_NAME.matcher(name).matches()) {
                property.example("1234.50"); // an example, not a pattern: a name is a hint, not a proof
                if (property.getDescription() == null) {
                    property.description("NOK as a string with two decimals");
                }
            }
        });
    }

    private static void describeParameter(Parameter parameter) {
        if ("limit".equals(parameter.getName()) && parameter.getDescription() == null) {
            parameter.description("Items per page, 1–500 (default 100)");
            parameter.getSchema().minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(500)).example(100);
        } else if ("cursor".equals(parameter.getName()) && parameter.getDescription() == null) {
            parameter.description("The previous page's nextCursor; omit for the first page");
        }
    }

    private static Map<String, ApiResponse> problems() {
        Map<String, ApiResponse> problems = new LinkedHashMap<>();
        problems.put("BadRequest", problem("A parameter or the body is not valid; the problem names it", 400));
        problems.put("Unauthorized", problem("No token, or one that is unknown, revoked or expired", 401)
                .addHeaderObject("WWW-Authenticate", new Header().description("Bearer realm=…").schema(new StringSchema())));
        problems.put("Forbidden", problem("The token lacks the scope this path needs", 403));
        problems.put("NotFound", problem("Nothing with this id within the token's company and customer numbers", 404));
        problems.put("TooManyRequests", problem("Too many requests with this token; wait as Retry-After says", 429)
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait").schema(new IntegerSchema())));
        return problems;
    }

    private static ApiResponse problem(String description, int status) {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            default -> "Too Many Requests";
        });
        example.put("status", status);
        example.put("detail", description);
        example.put("instance", "/api/v1/…");
        example.put("correlationId", "3f2a9c1e");
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref).example(example)));
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("A problem (RFC 9457)")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Forbidden"))
                .addProperty("status", new IntegerSchema().example(403))
                .addProperty("detail", new StringSchema().example("This token lacks the scope 'invoices:read'."))
                .addProperty("instance", new StringSchema().example("/api/v1/invoices"))
                .addProperty("correlationId", new StringSchema().description("Quote it when you contact us").example("3f2a9c1e"));
    }

    /** {@code customerAccounts} → "Customer accounts"; without an operation id, "GET /api/v1/…". */
    static String summaryOf(String operationId, PathItem.HttpMethod method, String path) {
        if (operationId == null || operationId.isBlank()) {
            return method + " " + path;
        }
        String words = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
