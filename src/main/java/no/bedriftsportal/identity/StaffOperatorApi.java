package no.bedriftsportal.identity;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * #17.4: the operator registers its own staff, who then log in to the portal's staff queue with
 * an SMS code. They are no company's users and see no company's data beyond the orders.
 */
@RestController
@Tag(name = "Operator staff", description = "The operator's staff who decide orders of the portal")
class StaffOperatorApi {

    private final OperatorStaff staff;

    StaffOperatorApi(OperatorStaff staff) {
        this.staff = staff;
    }

    @PostMapping("/api/operator/staff")
    @Operation(summary = "Register a member of staff by mobile number and name (or reactivate one)")
    ResponseEntity<StaffResource> register(@Valid @RequestBody StaffRequest body) {
        StaffMember member = staff.register(body.msisdn(), body.name());
        return ResponseEntity.created(URI.create("/api/operator/staff")).body(StaffResource.of(member));
    }

    @GetMapping("/api/operator/staff")
    @Operation(summary = "The operator's staff, active and deactivated")
    List<StaffResource> list() {
        return staff.list().stream().map(StaffResource::of).toList();
    }

    @DeleteMapping("/api/operator/staff/{msisdn}")
    @Operation(summary = "End a member's staff access (their session ends at the next request)")
    ResponseEntity<Void> deactivate(@Parameter(example = "+4741234567") @PathVariable String msisdn) {
        return staff.deactivate(msisdn) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    record StaffRequest(@NotBlank @Size(max = 20) @Schema(example = "+4741234567") String msisdn,
            @NotBlank @Size(max = 100) @Schema(example = "Kari Nordmann") String name) {
    }

    record StaffResource(String msisdn, String name, boolean active) {
        static StaffResource of(StaffMember member) {
            return new StaffResource(member.msisdn().value(), member.name(), member.active());
        }
    }
}
