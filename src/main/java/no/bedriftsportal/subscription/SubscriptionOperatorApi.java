package no.bedriftsportal.subscription;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;

/**
 * How the operator's CRM activates, changes and terminates subscriptions. Each change carries the
 * day it takes effect (default today, Europe/Oslo); past days are allowed. An activation,
 * termination or plan change that reaches into a month already invoiced is answered with
 * {@code warnings} saying what the next invoice run bills and credits for it.
 */
@RestController
@Tag(name = "Subscriptions", description = "Activate, change and terminate subscriptions")
class SubscriptionOperatorApi {

    private final Subscriptions subscriptions;
    private final Companies companies;
    private final InvoicedMonthWarnings warnings;
    private final Clock clock;
    /** Who a holder change made through this API is recorded as made by. */
    private static final String OPERATOR = "operator";

    SubscriptionOperatorApi(Subscriptions subscriptions, Companies companies, InvoicedMonthWarnings warnings, Clock clock) {
        this.subscriptions = subscriptions;
        this.companies = companies;
        this.warnings = warnings;
        this.clock = clock;
    }

    @PostMapping("/api/operator/companies/{orgNumber}/subscriptions")
    @Operation(summary = "Activate a subscription under one of the company's customer numbers")
    ResponseEntity<SubscriptionResource> activate(@PathVariable String orgNumber, @Valid @RequestBody ActivationRequest request) {
        Company company = companies.get(orgNumber);
        CustomerAccount account = companies.customerAccount(company.id(), request.customerNumber());
        Long employeeId = request.employeeNumber() == null || request.employeeNumber().isBlank() ? null
                : companies.employeeByNumber(company.id(), request.employeeNumber()).id();
        Subscription subscription = subscriptions.activate(new ActivateSubscription(company.id(), request.msisdn(),
                request.planCode(), account.id(), employeeId,
                request.activeFrom() == null ? Oslo.today(clock) : request.activeFrom(),
                Boolean.TRUE.equals(request.dataControl()), blankToNull(request.autoExtraPackage()), blankToNull(request.iccid())));
        return ResponseEntity.created(URI.create("/api/operator/subscriptions/" + subscription.msisdn()))
                .body(resource(subscription, "activeFrom", subscription.activeFrom()));
    }

    @GetMapping("/api/operator/companies/{orgNumber}/subscriptions")
    @Operation(summary = "The company's subscriptions, active or not, with today's terms")
    List<SubscriptionResource> list(@PathVariable String orgNumber) {
        Company company = companies.get(orgNumber);
        return subscriptions.list(AccessScope.wholeCompany(company.id())).stream().map(this::resource).toList();
    }

    @GetMapping("/api/operator/subscriptions/{msisdn}")
    @Operation(summary = "The latest subscription of a number, with the history of its terms")
    SubscriptionResource get(@PathVariable String msisdn) {
        return resource(subscriptions.latest(msisdn));
    }

    @PutMapping("/api/operator/subscriptions/{msisdn}/plan")
    @Operation(summary = "Change the price plan from a day")
    SubscriptionResource changePlan(@PathVariable String msisdn, @Valid @RequestBody PlanChange request) {
        LocalDate day = request.effectiveFrom() == null ? Oslo.today(clock) : request.effectiveFrom();
        return resource(subscriptions.changePlan(msisdn, request.planCode(), day), "effectiveFrom", day);
    }

    @PutMapping("/api/operator/subscriptions/{msisdn}/data-control")
    @Operation(summary = "Turn Datakontroll on or off from a day (data is blocked when the package is used up)")
    SubscriptionResource setDataControl(@PathVariable String msisdn, @Valid @RequestBody DataControlChange request) {
        return resource(subscriptions.setDataControl(msisdn, request.enabled(), request.effectiveFrom()));
    }

    @PutMapping("/api/operator/subscriptions/{msisdn}/auto-extra-package")
    @Operation(summary = "Set the extra package bought automatically when the data runs out (null: none), and who pays it, from a day")
    SubscriptionResource setAutoExtraPackage(@PathVariable String msisdn, @Valid @RequestBody AutoExtraPackageChange request) {
        return resource(subscriptions.setAutoExtraPackage(msisdn, blankToNull(request.extraPackageCode()),
                request.payer() == null ? ExtraPackagePayer.COMPANY : request.payer(), request.effectiveFrom()));
    }

    @PutMapping("/api/operator/subscriptions/{msisdn}/sim")
    @Operation(summary = "Swap the SIM card: the latest subscription of the number, not terminated, has this card from now on")
    SubscriptionResource swapSim(@PathVariable String msisdn, @Valid @RequestBody SimSwap request) {
        return resource(subscriptions.swapSim(msisdn, request.iccid()));
    }

    @PostMapping("/api/operator/subscriptions/{msisdn}/termination")
    @Operation(summary = "Terminate: the subscription is no longer active from effectiveOn")
    SubscriptionResource terminate(@PathVariable String msisdn, @RequestBody Termination request) {
        Subscription terminated = subscriptions.terminate(msisdn, request.effectiveOn());
        return resource(terminated, "effectiveOn", terminated.terminatedOn());
    }

    /** The subscription after a change that takes effect on {@code day}, with warnings if that is in an invoiced month. */
    private SubscriptionResource resource(Subscription subscription, String field, LocalDate day) {
        SubscriptionResource resource = resource(subscription);
        return resource.withWarnings(warnings.after(subscription, resource.history(), field, day));
    }

    private SubscriptionResource resource(Subscription subscription) {
        Company company = companies.get(subscription.companyId());
        CustomerAccount account = companies.customerAccount(subscription.companyId(), subscription.customerAccountId()).orElseThrow();
        String employeeNumber = subscription.employeeId() == null ? null
                : companies.employee(subscription.companyId(), subscription.employeeId()).map(e -> e.employeeNumber()).orElse(null);
        LocalDate today = Oslo.today(clock);
        SubscriptionTerms terms = subscriptions.termsOn(subscription, today.isBefore(subscription.activeFrom())
                ? subscription.activeFrom() : today);
        return new SubscriptionResource(subscription.msisdn().value(), subscription.iccid() == null ? null : subscription.iccid().value(),
                company.orgNumber().value(), account.number(),
                employeeNumber, subscription.activeFrom(), subscription.terminatedOn(), subscription.activeOn(today),
                terms.planCode(), terms.dataControl(), terms.autoExtraPackageCode(), terms.autoExtraPackagePayer(),
                subscriptions.history(subscription), List.of(), holders(subscription));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record ActivationRequest(
            @NotBlank @Size(max = 20) @Schema(example = "+4791234567") String msisdn,
            @NotBlank @Size(max = 40) @Schema(example = "FRI_5") String planCode,
            @NotBlank @Size(max = 12) @Schema(description = "One of the company's customer numbers") String customerNumber,
            @Size(max = 40) @Schema(description = "The holder's employee number, if any") String employeeNumber,
            @Schema(description = "First active day; default today") LocalDate activeFrom,
            Boolean dataControl,
            @Schema(description = "EXTRA_1, EXTRA_5 or EXTRA_15 bought automatically when the data runs out") @Size(max = 40) String autoExtraPackage,
            @Size(max = 40) @Schema(description = "The SIM card's number (ICCID): 19 or 20 digits starting with 89, the last a Luhn "
                    + "check digit; spaces allowed", example = "8947 0800 0000 0000 0019") String iccid) {
    }

    record SimSwap(@NotBlank @Size(max = 40) @Schema(description = "The new SIM card's number (ICCID)", example = "89470800000000000027")
            String iccid) {
    }

    record PlanChange(@NotBlank @Size(max = 40) String planCode, LocalDate effectiveFrom) {
    }

    record DataControlChange(@NotNull Boolean enabled, LocalDate effectiveFrom) {
    }

    record AutoExtraPackageChange(
            @Size(max = 40) @Schema(description = "EXTRA_1, EXTRA_5 or EXTRA_15; null or empty: none", example = "EXTRA_5")
            String extraPackageCode,
            @Schema(description = "Who pays the automatic package: COMPANY (default) or SALARY (on the company invoice, "
                    + "then deducted from the employee's pay)", example = "SALARY") ExtraPackagePayer payer,
            @Schema(description = "First day it applies; default today") LocalDate effectiveFrom) {
    }

    record Termination(@Schema(description = "First day no longer active; default today") LocalDate effectiveOn) {
    }

    /** @param warnings what a change into an invoiced month does to invoices (empty otherwise) */
    record SubscriptionResource(String msisdn, @Schema(description = "The SIM card in it now (ICCID), or null when not known")
            String iccid, String orgNumber, String customerNumber, String employeeNumber,
            LocalDate activeFrom, LocalDate terminatedOn, boolean activeToday, String planCode, boolean dataControl,
            String autoExtraPackage, ExtraPackagePayer autoExtraPackagePayer, List<TermChange> history, List<String> warnings,
            @Schema(description = "Who has held the line from when, the earliest first") List<HolderResource> holders) {

        SubscriptionResource withWarnings(List<String> warnings) {
            return new SubscriptionResource(msisdn, iccid, orgNumber, customerNumber, employeeNumber, activeFrom, terminatedOn,
                    activeToday, planCode, dataControl, autoExtraPackage, autoExtraPackagePayer, history, warnings, holders);
        }
    }

    @PutMapping("/api/operator/subscriptions/{msisdn}/holder")
    @Operation(summary = "Move the subscription to another employee (or to no one) from a moment",
            description = "The employee is named by employeeNumber or by employeeId (as the company's employee list gives it), "
                    + "not both; neither means no holder. effectiveFrom (default now) must lie in the days the subscription "
                    + "is active; a change dated in the future shows as the current holder once it is due. Cost sharing "
                    + "attributes usage to the holder at the time of use.")
    SubscriptionResource changeHolder(@PathVariable String msisdn, @Valid @RequestBody HolderRequest request) {
        Instant at = request.effectiveFrom() == null ? clock.instant() : request.effectiveFrom().toInstant();
        LocalDate day = Oslo.dateOf(at);
        Subscription target = subscriptions.ofNumber(msisdn).stream().filter(s -> s.activeOn(day)).findFirst()
                .orElseGet(() -> subscriptions.latest(msisdn));
        String employeeNumber = blankToNull(request.employeeNumber());
        if (employeeNumber != null && request.employeeId() != null) {
            throw new InvalidInputException("employeeNumber", "subscription.holder.oneOf", "give employeeNumber or employeeId, not both");
        }
        Long employeeId = request.employeeId();
        if (employeeNumber != null) {
            employeeId = companies.employeeByNumber(target.companyId(), employeeNumber).id();
        }
        return resource(subscriptions.changeHolder(target.companyId(), target.id(), employeeId, at, OPERATOR));
    }

    private List<HolderResource> holders(Subscription subscription) {
        Map<Long, String> numbers = new HashMap<>();
        return subscriptions.holderHistory(subscription).stream()
                .map(change -> new HolderResource(change.employeeId() == null ? null : numbers.computeIfAbsent(change.employeeId(),
                        id -> companies.employee(subscription.companyId(), id).map(e -> e.employeeNumber()).orElse(null)),
                        change.employeeId(), change.effectiveFrom().atZone(Oslo.ZONE).toOffsetDateTime(), change.recordedAt(),
                        change.changedBy()))
                .toList();
    }

    record HolderRequest(
            @Size(max = 40) @Schema(description = "The new holder's employee number", example = "7") String employeeNumber,
            @Schema(description = "The new holder's id, instead of the employee number") Long employeeId,
            @Schema(description = "From when the new holder uses the line; default now", example = "2026-03-15T00:00:00+01:00")
            OffsetDateTime effectiveFrom) {
    }

    /** @param employeeId null: no holder from {@code effectiveFrom} */
    record HolderResource(String employeeNumber, Long employeeId, OffsetDateTime effectiveFrom, Instant recordedAt, String changedBy) {
    }
}
