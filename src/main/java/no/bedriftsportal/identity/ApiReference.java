package no.bedriftsportal.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The company API document as a person reads it in Settings: per route its method, path, summary,
 * the scope it needs (none: any token) and its parameters, in the order of the paths.
 */
public record ApiReference(String title, String version, List<Route> routes) {

    public record Route(String method, String path, String summary, String scope, List<Param> parameters) {
    }

    public record Param(String name, String in, boolean required, String type, String description) {
    }

    static ApiReference of(OpenAPI document) {
        List<Route> routes = new ArrayList<>();
        if (document.getPaths() != null) {
            document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                Object scope = operation.getExtensions() == null ? null : operation.getExtensions().get("x-required-scope");
                List<Param> parameters = operation.getParameters() == null ? List.of()
                        : operation.getParameters().stream().map(ApiReference::param).toList();
                routes.add(new Route(method.name(), path, operation.getSummary(), scope == null ? null : scope.toString(), parameters));
            }));
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return new ApiReference(document.getInfo().getTitle(), document.getInfo().getVersion(), List.copyOf(routes));
    }

    private static Param param(Parameter parameter) {
        String type = parameter.getSchema() == null ? null : parameter.getSchema().getType();
        return new Param(parameter.getName(), parameter.getIn(), Boolean.TRUE.equals(parameter.getRequired()), type,
                parameter.getDescription());
    }
}
