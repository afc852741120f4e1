package no.bedriftsportal.identity;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;

/**
 * G2: the operator grants a company its first super user, who is told by SMS. The number must hold
 * an active subscription of the company. Further users are added by super users in the portal.
 */
@RestController
@Tag(name = "Portal access", description = "The company's first super user")
class SuperUserOperatorApi {

    private final PortalUsers portalUsers;
    private final Companies companies;

    SuperUserOperatorApi(PortalUsers portalUsers, Companies companies) {
        this.portalUsers = portalUsers;
        this.companies = companies;
    }

    @PostMapping("/api/operator/companies/{orgNumber}/super-users")
    @Operation(summary = "Grant a super user; the number must hold an active subscription of the company")
    ResponseEntity<PortalUserResource> grant(@PathVariable String orgNumber, @Valid @RequestBody SuperUserRequest body,
            HttpServletRequest request) {
        Company company = companies.get(orgNumber);
        PortalUser user = portalUsers.grant(company.id(), GrantAccess.superUser(body.msisdn()),
                Actor.operator(request.getRemoteAddr()));
        return ResponseEntity.created(URI.create("/api/operator/companies/" + company.orgNumber() + "/portal-users"))
                .body(PortalUserResource.of(user));
    }

    @GetMapping("/api/operator/companies/{orgNumber}/portal-users")
    @Operation(summary = "Who has access to the company's portal")
    List<PortalUserResource> list(@PathVariable String orgNumber) {
        return portalUsers.list(companies.get(orgNumber).id()).stream().map(PortalUserResource::of).toList();
    }

    record SuperUserRequest(@NotBlank @Size(max = 20) @Schema(example = "+4791234567") String msisdn) {
    }

    record PortalUserResource(String msisdn, String name, Role role) {
        static PortalUserResource of(PortalUser user) {
            return new PortalUserResource(user.msisdn().value(), user.name(), user.role());
        }
    }
}
