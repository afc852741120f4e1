package no.bedriftsportal.settings;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.costsharing.CostSharingSettingsService;
import no.bedriftsportal.costsharing.SettingsDraft;
import no.bedriftsportal.costsharing.WorkingHours;
import no.bedriftsportal.equipment.ReplacementAge;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CompanySettings;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * The company API's settings (S2, #17.7): the same {@link CompanySettings} and working hours as
 * Innstillinger → Firma, one section per PUT. Settings are the whole company's: a token limited to
 * some customer numbers reads (its own departments only) but changes nothing.
 */
@RestController
@RequestMapping(CompanySettingsApi.PATH)
@Tag(name = "Settings", description = "The company's settings: details, departments, working hours, notices, language, payment terms")
class CompanySettingsApi {

    static final String PATH = "/api/v1/settings";

    private final Companies companies;
    private final CompanySettings settings;
    private final CostSharingSettingsService costSharing;
    private final ReplacementAge replacementAge;

    CompanySettingsApi(Companies companies, CompanySettings settings, CostSharingSettingsService costSharing,
            ReplacementAge replacementAge) {
        this.replacementAge = replacementAge;
        this.companies = companies;
        this.settings = settings;
        this.costSharing = costSharing;
    }

    @GetMapping
    @Operation(summary = "The company's settings: details, departments, working hours, notification e-mail, language, payment terms, replacement age")
    SettingsResource get(@AuthenticationPrincipal ApiClient client) {
        Company company = companies.get(client.companyId());
        return new SettingsResource(
                new CompanyDetails(company.orgNumber().value(), company.name(), company.addressLine(), company.postalCode(),
                        company.city(), company.invoiceEmail()),
                companies.customerAccounts(client.scope()).stream().map(a -> new Department(a.number(), a.name())).toList(),
                hours(costSharing.workingHours(client.scope())), company.notificationEmail(), company.language().code(),
                company.paymentTermsDays(), new Range(settings.paymentTermsRange().minDays(), settings.paymentTermsRange().maxDays()),
                replacementAge.months(client.companyId()));
    }

    @PutMapping("/company")
    @Operation(summary = "Change the postal address and invoice e-mail; the organisation number and name are the operator's")
    SettingsResource company(@AuthenticationPrincipal ApiClient client, @RequestBody CompanyDetailsRequest request) {
        settings.changeAddress(wholeCompany(client), request.addressLine(), request.postalCode(), request.city(), request.invoiceEmail());
        return get(client);
    }

    @PutMapping("/departments/{number}")
    @Operation(summary = "Rename a department (customer number); unique in the company, 1 to 60 characters")
    SettingsResource department(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The customer number", example = "10042") @PathVariable String number,
            @RequestBody DepartmentRequest request) {
        settings.renameDepartment(wholeCompany(client), number, request.name());
        return get(client);
    }

    @PutMapping("/working-hours")
    @Operation(summary = "Set the working hours invoice control uses, as a new version of its settings")
    SettingsResource workingHours(@AuthenticationPrincipal ApiClient client, @RequestBody WorkingHoursRequest request) {
        wholeCompany(client);
        costSharing.saveWorkingHours(client.scope(), request.draft(), "API: " + client.tokenName());
        return get(client);
    }

    @PutMapping("/notification-email")
    @Operation(summary = "Set the address that gets copies of the company's notices; empty or null for none")
    SettingsResource notificationEmail(@AuthenticationPrincipal ApiClient client, @RequestBody NotificationEmailRequest request) {
        settings.changeNotificationEmail(wholeCompany(client), request.notificationEmail());
        return get(client);
    }

    @PutMapping("/language")
    @Operation(summary = "Set the language of the SMS and e-mail the portal sends to the company's people")
    SettingsResource language(@AuthenticationPrincipal ApiClient client, @RequestBody LanguageRequest request) {
        settings.changeLanguage(wholeCompany(client), request.language());
        return get(client);
    }

    @PutMapping("/payment-terms")
    @Operation(summary = "Set the payment terms in days, within the operator's range; applies from the next invoice")
    SettingsResource paymentTerms(@AuthenticationPrincipal ApiClient client, @RequestBody PaymentTermsRequest request) {
        settings.changePaymentTerms(wholeCompany(client), request.paymentTermsDays() == null ? null
                : String.valueOf(request.paymentTermsDays()));
        return get(client);
    }

    @PutMapping("/replacement-age")
    @Operation(summary = "Set the equipment register's replacement age in months: older devices show under Krever handling")
    SettingsResource replacementAge(@AuthenticationPrincipal ApiClient client, @RequestBody ReplacementAgeRequest request) {
        replacementAge.change(wholeCompany(client), request.replacementAgeMonths() == null ? null
                : String.valueOf(request.replacementAgeMonths()), "API: " + client.tokenName());
        return get(client);
    }

    private static long wholeCompany(ApiClient client) {
        if (!client.scope().allCustomerAccounts()) {
            throw new AccessDeniedException("Only a token that sees every customer number changes the company's settings");
        }
        return client.companyId();
    }

    private static Map<String, Hours> hours(WorkingHours workingHours) {
        Map<String, Hours> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkingHours.Span span = workingHours.days().get(day);
            if (span != null) {
                days.put(day.name(), new Hours(span.from().toString(), span.to().toString()));
            }
        }
        return days;
    }

    record SettingsResource(CompanyDetails company, List<Department> departments,
            @Schema(description = "Per weekday open (MONDAY … SUNDAY) its hours; a weekday left out is closed") Map<String, Hours> workingHours,
            String notificationEmail, @Schema(allowableValues = {"nb", "en"}) String language, int paymentTermsDays,
            @Schema(description = "The payment terms the operator lets the company choose") Range paymentTermsRange,
            @Schema(description = "Devices bought longer ago than this many months show under Krever handling") int replacementAgeMonths) {
    }

    record CompanyDetails(String orgNumber, String name, String addressLine, String postalCode, String city, String invoiceEmail) {
    }

    record Department(String number, String name) {
    }

    record Hours(@Schema(example = "08:00") String from, @Schema(example = "16:00") String to) {
    }

    record Range(int minDays, int maxDays) {
    }

    @Schema(description = "The postal address and invoice e-mail; a field empty or null is cleared")
    record CompanyDetailsRequest(@Schema(example = "Storgata 1") String addressLine, @Schema(example = "0155") String postalCode,
            @Schema(example = "Oslo") String city, @Schema(example = "faktura@firma.no") String invoiceEmail) {
    }

    record DepartmentRequest(@Schema(example = "Salg Vest") String name) {
    }

    record WorkingHoursRequest(
            @Schema(description = "Per weekday (MONDAY … SUNDAY) its working hours; a weekday left out is closed")
            Map<String, Hours> workingHours) {

        Map<DayOfWeek, SettingsDraft.Hours> draft() {
            Map<DayOfWeek, SettingsDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
            if (workingHours != null) {
                workingHours.forEach((day, span) -> {
                    DayOfWeek weekday;
                    try {
                        weekday = DayOfWeek.valueOf(String.valueOf(day).toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("workingHours", "invoiceControl.settings.error.weekday",
                                "workingHours is by weekday: MONDAY … SUNDAY");
                    }
                    if (span != null) {
                        hours.put(weekday, new SettingsDraft.Hours(span.from(), span.to()));
                    }
                });
            }
            return hours;
        }
    }

    record NotificationEmailRequest(@Schema(example = "it@firma.no") String notificationEmail) {
    }

    record LanguageRequest(@Schema(allowableValues = {"nb", "en"}, example = "en") String language) {
    }

    record ReplacementAgeRequest(@Schema(example = "36") Integer replacementAgeMonths) {
    }

    record PaymentTermsRequest(@Schema(example = "20") Integer paymentTermsDays) {
    }
}
