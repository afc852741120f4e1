package no.bedriftsportal.shared.api;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SpringDocConfigProperties.GroupConfig;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.core.service.SecurityService;
import org.springdoc.core.utils.PropertyResolverUtils;
import org.springdoc.webmvc.api.MultipleOpenApiResource;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

import io.swagger.v3.oas.models.OpenAPI;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The two OpenAPI documents ({@link ApiDocument}), built by springdoc from the routes and completed
 * by {@link ApiDescriptionCustomizer}. springdoc's own endpoints ({@code /v3/api-docs}) exist in the
 * demo only; here the same machinery runs without them, and each document is served by a route
 * behind its API's own door ({@code /api/v1/openapi.json}, {@code /api/operator/openapi.json}) and,
 * the company's, to super users in the portal. Built once and cached by springdoc.
 */
@Service
public class ApiDescriptions {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final Documents documents;

    ApiDescriptions(AbstractRequestService requests, GenericResponseService responses, OperationService operations,
            SpringDocConfigProperties properties, SpringDocProviders providers, SpringDocCustomizers customizers,
            SecurityService security, PropertyResolverUtils resolver, ApplicationContext context) {
        // springdoc's OpenAPIService is one bean that caches one document, and groups are read from its properties,
        // which also feed the demo's swagger-ui: each of our documents gets its own service, all share a copy of the properties
        SpringDocConfigProperties ours = new SpringDocConfigProperties();
        BeanUtils.copyProperties(properties, ours);
        ours.setGroupConfigs(new HashSet<>());
        ours.setPathsToMatch(List.of()); // springdoc.paths-to-match (the demo's /v3/api-docs) would override the groups'
        ours.setPathsToExclude(List.of());
        for (ApiDocument document : ApiDocument.values()) {
            GroupConfig group = new GroupConfig();
            group.setGroup(document.group());
            group.setPathsToMatch(List.of(document.prefix() + "/**"));
            group.setPathsToExclude(List.of(document.url()));
            ours.addGroupConfig(group);
        }
        ObjectFactory<OpenAPIService> openApiBuilder = () -> {
            OpenAPIService service = new OpenAPIService(Optional.empty(), security, ours, resolver, Optional.empty(),
                    Optional.empty(), Optional.empty());
            service.setApplicationContext(context);
            return service;
        };
        List<GroupedOpenApi> groups = Arrays.stream(ApiDocument.values()).map(document -> GroupedOpenApi.builder()
                .group(document.group()).pathsToMatch(document.prefix() + "/**").pathsToExclude(document.url())
                .addOpenApiCustomizer(new ApiDescriptionCustomizer(document)).build()).toList();
        this.documents = new Documents(groups, openApiBuilder, requests, responses, operations, ours, providers, customizers);
        this.documents.afterPropertiesSet();
    }

    /** The document as JSON, as springdoc writes it. */
    public byte[] json(ApiDocument document, HttpServletRequest request) {
        try {
            return documents.of(document).openapiJson(request, document.url(), LOCALE);
        } catch (Exception e) {
            throw new IllegalStateException("The " + document + " API document could not be written", e);
        }
    }

    /** The document as a model, for the portal's reference page. Shared and cached: read it, never change it. */
    public OpenAPI model(ApiDocument document, HttpServletRequest request) {
        json(document, request); // sets the relative server, as for the JSON
        return documents.of(document).model();
    }

    /** springdoc's grouped documents, as a plain object: not a controller, so springdoc's URLs stay unmapped. */
    private static final class Documents extends MultipleOpenApiResource {

        private final Map<ApiDocument, Document> built = new EnumMap<>(ApiDocument.class);

        Documents(List<GroupedOpenApi> groups, ObjectFactory<OpenAPIService> openApiBuilder, AbstractRequestService requests,
                GenericResponseService responses, OperationService operations, SpringDocConfigProperties properties,
                SpringDocProviders providers, SpringDocCustomizers customizers) {
            super(groups, openApiBuilder, requests, responses, operations, properties, providers, customizers);
        }

        @Override
        protected OpenApiResource buildOpenApiResource(GroupedOpenApi group) {
            Document document = new Document(group, defaultOpenAPIBuilder, requestBuilder, responseBuilder, operationParser,
                    springDocConfigProperties, springDocProviders);
            Arrays.stream(ApiDocument.values()).filter(d -> d.group().equals(group.getGroup())).forEach(d -> built.put(d, document));
            return document;
        }

        Document of(ApiDocument document) {
            return built.get(document);
        }
    }

    private static final class Document extends OpenApiResource {

        Document(GroupedOpenApi group, ObjectFactory<OpenAPIService> openApiBuilder, AbstractRequestService requests,
                GenericResponseService responses, OperationService operations, SpringDocConfigProperties properties,
                SpringDocProviders providers) {
            super(group.getGroup(), openApiBuilder, requests, responses, operations, properties, providers,
                    new SpringDocCustomizers(Optional.of(group.getOpenApiCustomizers()), Optional.of(group.getOperationCustomizers()),
                            Optional.of(group.getRouterOperationCustomizers()), Optional.of(group.getOpenApiMethodFilters()),
                            Optional.empty(), Optional.empty()));
        }

        @Override
        protected String getServerUrl(HttpServletRequest request, String apiDocsUrl) {
            return "/";
        }

        OpenAPI model() {
            return getOpenApi("/", LOCALE);
        }
    }
}
