package no.bedriftsportal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * The company's single sign-on provider through the company API (X5, #18.5): the same
 * {@link SsoProviders} as Innstillinger → Innlogging; {@code settings:read} to read, {@code settings:manage}
 * to change, and only a token that sees every customer number changes it. The client secret is
 * write-only: an answer says whether one is stored, never what it is.
 */
@RestController
@RequestMapping(SsoSettingsApi.PATH)
@Tag(name = "Settings", description = "The company's settings: details, departments, working hours, notices, language, payment terms")
class SsoSettingsApi {

    static final String PATH = "/api/v1/settings/sso";

    private final SsoProviders providers;

    SsoSettingsApi(SsoProviders providers) {
        this.providers = providers;
    }

    @GetMapping
    @Operation(summary = "The company's single sign-on provider (OpenID Connect), without its client secret")
    SsoResource get(@AuthenticationPrincipal ApiClient client) {
        return resource(client.companyId(), providers.find(client.companyId()));
    }

    @PutMapping
    @Operation(summary = "Connect or change the company's OpenID Connect provider; the issuer's discovery document is checked first")
    SsoResource put(@AuthenticationPrincipal ApiClient client, @RequestBody SsoRequest request) {
        if (!client.scope().allCustomerAccounts()) {
            throw new AccessDeniedException("Only a token that sees every customer number changes the company's settings");
        }
        SsoProvider saved = providers.save(client.companyId(), new SsoProviderDraft(request.issuer(), request.clientId(),
                request.clientSecret(), request.matchClaim(), request.emailDomains() == null ? "" : String.join(",", request.emailDomains()),
                request.enabled() == null || request.enabled()), "API: " + client.tokenName());
        return resource(client.companyId(), Optional.of(saved));
    }

    private SsoResource resource(long companyId, Optional<SsoProvider> provider) {
        String redirectUri = ServletUriComponentsBuilder.fromCurrentContextPath().path("/login/oauth2/code/")
                .path(SsoProvider.registrationId(companyId)).build().toUriString();
        return provider.map(stored -> new SsoResource(true, stored.issuer(), stored.clientId(), true, stored.matchClaim().name(),
                        stored.emailDomains(), stored.enabled(), redirectUri, stored.changedBy(), stored.changedAt()))
                .orElseGet(() -> new SsoResource(false, null, null, false, null, List.of(), false, redirectUri, null, null));
    }

    record SsoResource(@Schema(description = "Whether a provider is connected") boolean configured,
            @Schema(example = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0") String issuer,
            @Schema(example = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") String clientId,
            @Schema(description = "Whether a client secret is stored; the secret itself is never shown") boolean clientSecretSet,
            @Schema(allowableValues = {"PHONE_NUMBER", "EMAIL"}) String matchClaim,
            @Schema(description = "Work e-mail domains that lead a user on the login page to this provider") List<String> emailDomains,
            boolean enabled,
            @Schema(description = "The redirect URI to register at the provider for this client") String redirectUri,
            String changedBy, Instant changedAt) {
    }

    @Schema(description = "The provider; clientSecret is write-only: leave it out (or null) to keep the stored one")
    record SsoRequest(@Schema(example = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0") String issuer,
            @Schema(example = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") String clientId,
            @Schema(example = "s3cr3t-from-the-provider", accessMode = Schema.AccessMode.WRITE_ONLY) String clientSecret,
            @Schema(allowableValues = {"PHONE_NUMBER", "EMAIL"}, example = "EMAIL") String matchClaim,
            @Schema(example = "[\"firma.no\"]") List<String> emailDomains,
            @Schema(description = "On (true, the default) or off", example = "true") Boolean enabled) {
    }
}
