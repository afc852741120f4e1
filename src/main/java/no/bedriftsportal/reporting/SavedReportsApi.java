package no.bedriftsportal.reporting;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.identity.ApiToken;
import no.bedriftsportal.identity.ApiTokens;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * The company API's saved reports, schedules and sending (#16.7): the same services as Rapporter →
 * Lagrede rapporter. A token with every customer number is needed, since a schedule runs with its
 * owner's grants: what a token saves is owned by the portal user who made the token, and it sees
 * and changes every saved report of the company, as a super user does.
 */
@RestController
@Tag(name = "Reports: saved and scheduled", description = "Saved reports, their schedules and send logs, and sending a report by e-mail")
class SavedReportsApi {

    static final String PATH = "/api/v1/reports";

    private final SavedReports saved;
    private final ReportSchedules schedules;
    private final SendReport sender;
    private final ApiTokens tokens;
    /** A mail sent through the API is in the company's language (S2): no person's page chose one. */
    private final CompanyMessages companyMessages;

    SavedReportsApi(SavedReports saved, ReportSchedules schedules, SendReport sender, ApiTokens tokens,
            CompanyMessages companyMessages) {
        this.companyMessages = companyMessages;
        this.saved = saved;
        this.schedules = schedules;
        this.sender = sender;
        this.tokens = tokens;
    }

    @GetMapping(PATH + "/saved")
    @Operation(summary = "The company's saved reports, by name, each with its schedule")
    List<Saved> list(@AuthenticationPrincipal ApiClient client) {
        return saved.list(requester(client)).stream().map(Saved::of).toList();
    }

    @PostMapping(PATH + "/saved")
    @Operation(summary = "Saves a report: its code, the query as the report page has it (level, period, filters, sort) and a format")
    ResponseEntity<Saved> save(@AuthenticationPrincipal ApiClient client, @RequestBody NewSaved body) {
        SavedReport report = saved.save(requester(client), body.report(), body.query(), body.name(),
                ReportActionsController.format(body.format()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Saved.of(report));
    }

    @GetMapping(PATH + "/saved/{id}")
    @Operation(summary = "One saved report with its schedule")
    Saved get(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The saved report's id", example = "1") @PathVariable long id) {
        return Saved.of(saved.get(requester(client), id));
    }

    @PutMapping(PATH + "/saved/{id}")
    @Operation(summary = "Renames a saved report")
    Saved rename(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The saved report's id", example = "1") @PathVariable long id, @RequestBody Rename body) {
        return Saved.of(saved.rename(requester(client), id, body.name()));
    }

    @DeleteMapping(PATH + "/saved/{id}")
    @Operation(summary = "Deletes a saved report with its schedule and send log")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The saved report's id", example = "1") @PathVariable long id) {
        saved.delete(requester(client), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(PATH + "/saved/{id}/schedule")
    @Operation(summary = "Sets or changes the saved report's schedule (recipients at the company's domains or its portal users' "
            + "addresses); it runs from now, unless enabled is false")
    Schedule schedule(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The saved report's id", example = "1") @PathVariable long id, @RequestBody ScheduleBody body) {
        Requester requester = requester(client);
        ReportSchedule schedule = schedules.save(requester, id, new ScheduleForm(ScheduleForm.cadence(body.cadence()), body.weekday(),
                body.dayOfMonth(), ScheduleForm.time(body.timeOfDay()), ReportActionsController.format(body.format()),
                body.recipients() == null ? List.of() : body.recipients(), body.message()));
        if (Boolean.FALSE.equals(body.enabled())) {
            schedule = schedules.switchTo(requester, id, false);
        }
        return Schedule.of(schedule);
    }

    @DeleteMapping(PATH + "/saved/{id}/schedule")
    @Operation(summary = "Deletes the saved report's schedule and its send log")
    ResponseEntity<Void> deleteSchedule(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The saved report's id", example = "1") @PathVariable long id) {
        schedules.delete(requester(client), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(PATH + "/saved/{id}/runs")
    @Operation(summary = "The schedule's send log, newest first: each occurrence sent, to whom, its size and each mail's state")
    List<ScheduleRun> runs(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The saved report's id", example = "1") @PathVariable long id) {
        return schedules.runs(requester(client), id);
    }

    @PostMapping(PATH + "/{code}/send")
    @Operation(summary = "Sends a report by e-mail now, one mail per recipient with the file attached (at most 10 MB)")
    Sent send(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The report's code", example = "cost-per-user") @PathVariable String code,
            @RequestBody SendBody body) {
        ReportRequest request = SavedQuery.parse(SavedQuery.kind(code), body.query());
        SendReport.Sent sent = sender.send(requester(client), request, ReportActionsController.format(body.format()),
                body.recipients() == null ? List.of() : body.recipients(), body.message(), companyMessages.locale(client.companyId()));
        return new Sent(sent.recipients(), sent.rows(), sent.sizeBytes(), sent.mailIds());
    }

    /** A token with every customer number, acting for the portal user who made it. */
    private Requester requester(ApiClient client) {
        if (!client.scope().allCustomerAccounts()) {
            throw new AccessDeniedException("Saved reports need a token with every customer number");
        }
        long owner = tokens.list(client.companyId()).stream().filter(token -> token.id() == client.tokenId())
                .map(ApiToken::createdBy).findFirst().orElseThrow(() -> new AccessDeniedException("Unknown token"));
        return new Requester(client.scope(), owner, true);
    }

    record NewSaved(@Schema(example = "Kostnad per bruker, forrige måned") String name,
            @Schema(description = "The report's code", example = "cost-per-user") String report,
            @Schema(description = "The report's query", example = "level=user&period=last-month") String query,
            @Schema(description = "xlsx, csv or pdf", example = "xlsx") String format) {
    }

    record Rename(String name) {
    }

    record ScheduleBody(@Schema(description = "AFTER_INVOICE, WEEKLY or MONTHLY", example = "WEEKLY") String cadence,
            @Schema(description = "WEEKLY: 1 (Monday) to 7", example = "1") Integer weekday,
            @Schema(description = "MONTHLY: 1–31; past a short month's end, its last day") Integer dayOfMonth,
            @Schema(description = "Oslo time, hh:mm", example = "07:00") String timeOfDay,
            @Schema(example = "xlsx") String format, List<String> recipients, String message,
            @Schema(description = "false: saved switched off") Boolean enabled) {
    }

    record SendBody(@Schema(example = "level=user&period=last-month") String query, @Schema(example = "xlsx") String format,
            List<String> recipients, String message) {
    }

    record Saved(long id, String name, String report, String query, String format, long ownerId, Instant createdAt,
            Instant updatedAt, Schedule schedule, String runHref, String downloadHref) {

        static Saved of(SavedReport report) {
            return new Saved(report.id(), report.name(), report.kind().code(), report.query(), report.format().extension(),
                    report.ownerId(), report.createdAt(), report.updatedAt(),
                    report.schedule() == null ? null : Schedule.of(report.schedule()), report.runHref(), report.downloadHref());
        }
    }

    record Schedule(long id, String cadence, Integer weekday, Integer dayOfMonth, String timeOfDay, String format,
            List<String> recipients, String message, boolean enabled,
            @Schema(description = "Why it is paused (the owner lost access), or null") String pausedReason) {

        static Schedule of(ReportSchedule schedule) {
            return new Schedule(schedule.id(), schedule.cadence().name(), schedule.weekday(), schedule.dayOfMonth(),
                    schedule.timeOfDay().toString(), schedule.format().extension(), schedule.recipients(), schedule.message(),
                    schedule.enabled(), schedule.pausedReason());
        }
    }

    record Sent(List<String> recipients, long rows, long sizeBytes, List<Long> mailIds) {
    }
}
