package no.bedriftsportal.costsharing;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/** The company API's cost-sharing settings (#14.9): the same {@link CostSharingSettingsService} as the page. */
@RestController
@Tag(name = "Invoice control", description = "Cost-sharing profiles and settings: what employees pay, deductions and benefits")
class SettingsApi {

    private final CostSharingSettingsService settings;
    private final CostSharingProperties properties;
    private final AuditTrail audit;

    SettingsApi(CostSharingSettingsService settings, CostSharingProperties properties, AuditTrail audit) {
        this.settings = settings;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping(SettingsJson.PATH)
    @Operation(summary = "The settings in use now (the defaults until the company saves its own), with the yearly content threshold")
    SettingsJson get(@AuthenticationPrincipal ApiClient client) {
        return SettingsJson.of(settings.current(client.scope()), settings.latestVersion(client.scope()).orElse(null),
                properties.yearlyContentThreshold());
    }

    @PutMapping(SettingsJson.PATH)
    @Operation(summary = "Save the settings as a new version, in force from the invoice for this month")
    SettingsJson put(@AuthenticationPrincipal ApiClient client, @RequestBody SettingsRequest request) {
        SettingsVersion saved = settings.save(client.scope(), request.draft(), ProfilesApi.by(client));
        audit.changed(Change.COSTSHARING_SETTINGS_SAVED, "v" + saved.version());
        return get(client);
    }

    @Schema(description = "The settings to save; all of them")
    record SettingsRequest(
            @Schema(description = "Per weekday (MONDAY … SUNDAY) its working hours; a weekday left out is closed")
            Map<String, SettingsJson.HoursJson> workingHours,
            @Schema(description = "Days closed every year besides the public holidays, dd.MM", example = "[\"24.12\", \"31.12\"]")
            List<String> closedDays,
            @Schema(description = "Day of the month (1–28) by which last month's content purchases are classified", example = "10")
            Integer contentDeadlineDay,
            @Schema(allowableValues = {"PRIVATE", "WORK"}) String unclassifiedAs,
            @Schema(description = "Pay type (lønnsart) of deductions, as the payroll system names it", example = "5210")
            String deductionPayType,
            @Schema(description = "Pay type (lønnsart) of taxable benefits", example = "1110") String benefitPayType) {

        SettingsDraft draft() {
            Map<DayOfWeek, SettingsDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
            if (workingHours != null) {
                workingHours.forEach((day, span) -> {
                    DayOfWeek weekday;
                    try {
                        weekday = DayOfWeek.valueOf(String.valueOf(day).toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("workingHours", "invoiceControl.settings.error.weekday",
                                "workingHours is by weekday: MONDAY … SUNDAY");
                    }
                    if (span != null) {
                        hours.put(weekday, new SettingsDraft.Hours(span.from(), span.to()));
                    }
                });
            }
            return new SettingsDraft(hours, closedDays, contentDeadlineDay == null ? null : String.valueOf(contentDeadlineDay),
                    unclassifiedAs, deductionPayType, benefitPayType);
        }
    }
}
