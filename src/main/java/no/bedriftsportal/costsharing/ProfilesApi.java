package no.bedriftsportal.costsharing;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * The company API's cost-sharing profiles (#14.9; scopes {@code invoice-control:read} and
 * {@code invoice-control:manage}): the same {@link Profiles} as the pages, with the token's scope;
 * every save and delete in the audit log with the token as actor.
 */
@RestController
@Tag(name = "Invoice control", description = "Cost-sharing profiles and settings: what employees pay, deductions and benefits")
class ProfilesApi {

    private static final String ID = ProfileJson.PATH + "/{id:\\d+}";

    private final Profiles profiles;
    private final AuditTrail audit;

    ProfilesApi(Profiles profiles, AuditTrail audit) {
        this.profiles = profiles;
        this.audit = audit;
    }

    @GetMapping(ProfileJson.PATH)
    @Operation(summary = "The company's profiles (not deleted) by id, each as its latest version with how many subscriptions have it")
    CursorPage<ProfileJson> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 1);
        // a company has a handful of profiles: paged here rather than in SQL
        List<ProfileJson> fetched = profiles.list(client.scope()).stream().sorted(Comparator.comparingLong(ProfileSummary::profileId))
                .filter(profile -> after == null || profile.profileId() > after.parseLong(0))
                .limit(pageSize + 1L).map(ProfileJson::of).toList();
        return CursorPage.of(fetched, pageSize, profile -> Cursor.of(profile.id()));
    }

    @GetMapping(ID)
    @Operation(summary = "One profile with every saved version, the newest first (who saved it, when, and the first usage month it is in force for)")
    ProfileJson get(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        return ProfileJson.of(profiles.get(client.scope(), id));
    }

    @PostMapping(ProfileJson.PATH)
    @Operation(summary = "Create a profile (version 1); the name must be free among the company's profiles")
    ResponseEntity<ProfileJson> create(@AuthenticationPrincipal ApiClient client, @RequestBody ProfileRequest request) {
        ProfileVersion saved = profiles.create(client.scope(), request.draft(), by(client));
        audit.changed(Change.COSTSHARING_PROFILE_SAVED, ProfilesController.reference(saved));
        return ResponseEntity.created(URI.create(ProfileJson.PATH + "/" + saved.profileId()))
                .body(ProfileJson.of(profiles.get(client.scope(), saved.profileId())));
    }

    @PutMapping(ID)
    @Operation(summary = "Change a profile: saves a new version (who pays: from the invoice for this month; Datakontroll and "
            + "the automatic extra package: at once, on the subscriptions that have it)")
    ProfileJson change(@AuthenticationPrincipal ApiClient client, @PathVariable long id, @RequestBody ProfileRequest request) {
        ProfileVersion saved = profiles.change(client.scope(), id, request.draft(), by(client));
        audit.changed(Change.COSTSHARING_PROFILE_SAVED, ProfilesController.reference(saved));
        return ProfileJson.of(profiles.get(client.scope(), id));
    }

    @PostMapping(ID + "/copy")
    @Operation(summary = "Copy a profile: a new profile named \"Kopi av …\" with the same rules")
    ResponseEntity<ProfileJson> copy(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        ProfileVersion copy = profiles.copy(client.scope(), id, by(client));
        audit.changed(Change.COSTSHARING_PROFILE_SAVED, ProfilesController.reference(copy));
        return ResponseEntity.created(URI.create(ProfileJson.PATH + "/" + copy.profileId()))
                .body(ProfileJson.of(profiles.get(client.scope(), copy.profileId())));
    }

    @DeleteMapping(ID)
    @Operation(summary = "Delete a profile; refused (409) while a subscription has it. Its versions stay for the months they were in force")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        ProfileVersion deleted = profiles.delete(client.scope(), id, by(client));
        audit.changed(Change.COSTSHARING_PROFILE_DELETED, deleted.name());
        return ResponseEntity.noContent().build();
    }

    /** Who saved, as a version keeps it: the token's name. */
    static String by(ApiClient client) {
        String name = "API: " + client.tokenName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * A profile to save. Amounts are strings with a point ({@code "1500.00"}), at most two decimals.
     */
    @Schema(description = "A profile to save; every rule of it (a rule left out takes its default)")
    record ProfileRequest(
            @Schema(example = "Selgere", maxLength = 60) String name,
            @Schema(example = "DEDUCT_ABOVE_THRESHOLD", allowableValues = {"BENEFIT", "DEDUCT_ABOVE_THRESHOLD", "DEDUCT_ALL_PRIVATE"})
            String contentRule,
            @Schema(description = "Datakontroll: block data when the package is used up; default false") Boolean dataControl,
            @Schema(description = "Bought automatically when the data runs out; null for none", example = "EXTRA_5",
                    allowableValues = {"EXTRA_1", "EXTRA_5", "EXTRA_15"}) String autoExtraPackage,
            @Schema(description = "Who pays the automatic package; required with one", allowableValues = {"COMPANY", "SALARY"})
            String autoExtraPayer,
            @Schema(description = "The employee may buy extra packages by salary deduction; default false") Boolean buyBySalary,
            @Schema(description = "The employee may buy extra packages with Vipps; default false") Boolean buyByVipps,
            @Schema(description = "Traffic the employee pays: DATA_WITHOUT_PACKAGE, OUTSIDE_FIXED_PRICE, ABROAD, OUTSIDE_WORKING_HOURS")
            List<String> traffic,
            @Schema(description = "NOK gross per month; null for none", example = "1500.00") String monthlyMaximum,
            @Schema(description = "NOK gross per month the company always covers; default 0.00", example = "100.00") String freeAmount) {

        ProfileDraft draft() {
            return new ProfileDraft(name, contentRule, Boolean.TRUE.equals(dataControl), autoExtraPackage, autoExtraPayer,
                    Boolean.TRUE.equals(buyBySalary), Boolean.TRUE.equals(buyByVipps), traffic == null ? Set.of() : Set.copyOf(traffic),
                    monthlyMaximum, freeAmount);
        }
    }
}
