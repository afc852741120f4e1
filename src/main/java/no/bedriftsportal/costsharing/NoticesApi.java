package no.bedriftsportal.costsharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * The company API's content notices (IC6, #15.4): the same as Fakturakontroll → Varsler — who has
 * marked their purchases of a month and who has been told — and the same changes (free text,
 * channels, reminders), which need a token with every customer number.
 */
@RestController
@Tag(name = "Invoice control: notices", description = "Notices and reminders of content purchases to mark as work or private")
class NoticesApi {

    private final ContentNotices notices;

    NoticesApi(ContentNotices notices) {
        this.notices = notices;
    }

    @GetMapping(InvoiceControlJson.PATH + "/notices")
    @Operation(summary = "A usage month's notices (month yyyy-MM): the deadline, the free text, and every employee with content "
            + "purchases on a subscription with a profile: how many, how many not marked, when told and how")
    Notices month(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The usage month, yyyy-MM", example = "2026-10") @RequestParam String month) {
        ContentNotices.Overview overview = notices.overview(client.scope(), NoticesController.parse(month));
        return new Notices(overview.month().toString(), overview.deadline(), overview.open(), overview.freeText(),
                overview.rows().stream().map(Employee::of).toList());
    }

    @PutMapping(InvoiceControlJson.PATH + "/notices/free-text")
    @Operation(summary = "Sets the free text added to every notice and reminder (at most 300 characters; empty for none)")
    FreeText freeText(@AuthenticationPrincipal ApiClient client, @RequestBody FreeText body) {
        CompanyWideRules.requireWholeCompany(client.scope());
        return new FreeText(notices.setFreeText(client.companyId(), body.freeText(), ChangedBy.of(client).rowName()));
    }

    @PutMapping(InvoiceControlJson.PATH + "/employees/{employeeId}/notice-channels")
    @Operation(summary = "Sets how an employee is told: by SMS, by e-mail (needs an address), both or neither")
    ContentNotices.Channels channels(@AuthenticationPrincipal ApiClient client, @PathVariable long employeeId,
            @RequestBody ContentNotices.Channels body) {
        CompanyWideRules.requireWholeCompany(client.scope());
        return notices.setChannels(client.scope(), employeeId, body, ChangedBy.of(client).rowName());
    }

    @PostMapping(InvoiceControlJson.PATH + "/notices/{month}/reminders")
    @Operation(summary = "Reminds every employee with purchases of the month not yet marked; refused (400) after the deadline")
    Reminded remind(@AuthenticationPrincipal ApiClient client, @PathVariable String month) {
        CompanyWideRules.requireWholeCompany(client.scope());
        return new Reminded(notices.remind(client.scope(), NoticesController.parse(month), ChangedBy.of(client).rowName()));
    }

    record Notices(String month, LocalDate deadline, @Schema(description = "Whether the deadline has not passed") boolean open,
            String freeText, List<Employee> employees) {
    }

    record Employee(long employeeId, String name, int purchases, int unclassified, int byEmployee, int byAdministrator,
            ContentNotices.Channels channels, @Schema(description = "When the month's notice went, or null") Instant noticeSentAt,
            int reminders) {

        static Employee of(ContentNotices.Row row) {
            return new Employee(row.employeeId(), row.name(), row.purchases(), row.unclassified(), row.byEmployee(),
                    row.byAdministrator(), row.channels(), row.sent() == null ? null : row.sent().noticeAt(),
                    row.sent() == null ? 0 : row.sent().reminders());
        }
    }

    record FreeText(String freeText) {
    }

    record Reminded(int reminded) {
    }
}
