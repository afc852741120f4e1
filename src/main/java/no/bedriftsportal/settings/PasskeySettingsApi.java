package no.bedriftsportal.settings;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.identity.PasskeyPolicy;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * The company's passkey rule in the company API (X5, #18.4, ADR 0030): read with
 * {@code settings:read}, switched with {@code settings:manage} by a token that sees every customer
 * number, like the other settings. Passkeys themselves have no API: each is made and used by a
 * person's own browser.
 */
@RestController
@Tag(name = "Settings", description = "The company's settings: details, departments, working hours, notices, language, payment terms")
class PasskeySettingsApi {

    static final String PATH = CompanySettingsApi.PATH + "/passkeys";

    private final PasskeyPolicy policy;

    PasskeySettingsApi(PasskeyPolicy policy) {
        this.policy = policy;
    }

    @GetMapping(PATH)
    @Operation(summary = "Whether super users must log in with a passkey instead of an SMS code")
    PasskeySetting get(@AuthenticationPrincipal ApiClient client) {
        return new PasskeySetting(policy.requiredForSuperUsers(client.companyId()));
    }

    @PutMapping(PATH)
    @Operation(summary = "Require passkeys of super users, or not: a super user without one registers one right after an SMS login")
    PasskeySetting change(@AuthenticationPrincipal ApiClient client, @RequestBody PasskeySetting request) {
        if (!client.scope().allCustomerAccounts()) {
            throw new AccessDeniedException("Only a token that sees every customer number changes the company's settings");
        }
        if (request == null || request.requiredForSuperUsers() == null) {
            throw new InvalidInputException("requiredForSuperUsers", "companySettings.passkeys.missing",
                    "requiredForSuperUsers must be true or false");
        }
        return new PasskeySetting(policy.change(client.companyId(), request.requiredForSuperUsers(), "API: " + client.tokenName()));
    }

    record PasskeySetting(@Schema(description = "Super users log in with a passkey; SMS code alone only to register their first",
            example = "true") Boolean requiredForSuperUsers) {
    }
}
