package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.ApiMoney;
import no.bedriftsportal.shared.api.Cursor;

/**
 * The company API's alerts (X2, #18.2): the same services as Innsikt → Varsler — the alerts the token may see
 * with the page's filters, a page at a time; an alert's state; the company's rules, read and changed one at a
 * time ({@code insights:manage} over the whole company).
 */
@RestController
@Tag(name = "Alerts", description = "Alerts on unusual cost and use, and the company's alert rules")
class AlertsApi {

    static final String PATH = "/api/v1/insights/alerts";
    static final String RULES = "/api/v1/insights/alert-rules";

    private final Alerts alerts;
    private final AlertRules rules;
    private final MessageSource messages;
    private final CompanyMessages language;

    AlertsApi(Alerts alerts, AlertRules rules, MessageSource messages, CompanyMessages language) {
        this.alerts = alerts;
        this.rules = rules;
        this.messages = messages;
        this.language = language;
    }

    @GetMapping(PATH)
    @Operation(summary = "The alerts the token may see, newest first, filtered by state, kind and customer number, a page at a time")
    AlertList list(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "NEW, SEEN or CLOSED") @RequestParam(required = false) String state,
            @Parameter(description = "roaming-day, unusual-month, data-80, data-100, data-blocked, invoice-overdue or budget-forecast")
            @RequestParam(required = false) String kind,
            @Parameter(description = "A customer number (department)") @RequestParam(required = false) String customerNumber,
            @Parameter(description = "At most this many (1–500, default 100)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        int size = ApiLimit.of(limit);
        int offset = Cursor.offset(cursor);
        AlertQuery query = AlertQuery.parse(name -> switch (name) {
            case "state" -> state;
            case "kind" -> kind;
            case "customerNumber" -> customerNumber;
            default -> null;
        });
        AlertPage found = alerts.list(client.scope(), query, offset, size + 1);
        Locale locale = language.locale(client.companyId());
        String next = found.rows().size() > size ? Cursor.of(offset + size).encoded() : null;
        return new AlertList(found.rows().stream().limit(size).map(line -> AlertJson.of(line, text(line, locale))).toList(),
                found.total(), next);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One alert")
    AlertJson get(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The alert's id", example = "1") @PathVariable long id) {
        AlertLine line = alerts.get(client.scope(), id);
        return AlertJson.of(line, text(line, language.locale(client.companyId())));
    }

    @PutMapping(PATH + "/{id}/state")
    @Operation(summary = "Sets an alert's state: NEW, SEEN or CLOSED")
    AlertJson setState(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The alert's id", example = "1") @PathVariable long id, @RequestBody StateBody body) {
        alerts.get(client.scope(), id);
        alerts.setState(client.scope(), List.of(id), state(body == null ? null : body.state()), AlertEditor.of(client));
        AlertLine line = alerts.get(client.scope(), id);
        return AlertJson.of(line, text(line, language.locale(client.companyId())));
    }

    @GetMapping(RULES)
    @Operation(summary = "The company's alert rules, one per kind (a kind never set has its defaults)")
    List<RuleJson> rules(@AuthenticationPrincipal ApiClient client) {
        return rules.rules(client.companyId()).stream().map(RuleJson::of).toList();
    }

    @PutMapping(RULES + "/{kind}")
    @Operation(summary = "Changes one rule: on or off, its thresholds, channels and recipients (portal user ids; none: the super users); fields left out keep their value")
    RuleJson saveRule(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The rule's kind", example = "roaming-day") @PathVariable String kind,
            @RequestBody RuleBody body) {
        AlertKind chosen = AlertKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("alert rule"));
        AlertRuleInput now = AlertRuleInput.of(rules.rule(client.companyId(), chosen));
        AlertRule saved = rules.save(client.companyId(), chosen, new AlertRuleInput(
                or(body.enabled(), now.enabled()), body.amount() == null ? now.amount() : body.amount(),
                body.factor() == null ? now.factor() : body.factor(), body.days() == null ? now.days() : body.days().toString(),
                or(body.byEmail(), now.byEmail()), or(body.bySms(), now.bySms()), or(body.toEmployee(), now.toEmployee()),
                body.recipients() == null ? now.recipients() : body.recipients()), AlertEditor.of(client));
        return RuleJson.of(saved);
    }

    private static boolean or(Boolean given, boolean current) {
        return given == null ? current : given;
    }

    private static AlertState state(String given) {
        try {
            return AlertState.valueOf(given == null ? "" : given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "alerts.error.state", "Choose NEW, SEEN or CLOSED");
        }
    }

    private String text(AlertLine line, Locale locale) {
        return messages.getMessage(AlertWords.key(line.kind()), AlertWords.arguments(line, locale), locale);
    }

    record StateBody(@Schema(description = "NEW, SEEN or CLOSED", example = "SEEN") String state) {
    }

    record AlertList(List<AlertJson> items, long total,
            @Schema(description = "The cursor of the next page; null on the last page") String nextCursor) {
    }

    record AlertJson(long id, @Schema(example = "roaming-day") String kind, @Schema(example = "NEW") String state,
            @Schema(description = "In words, in the company's language") String text, Long subscriptionId, String msisdn, String userName,
            String customerNumber, @Schema(description = "The day, the month (2026-12) or the invoice number") String period,
            LocalDate occurredOn,
            @Schema(description = "Kroner with a point, or per cent of the month's data", example = "812.40") String amount,
            @Schema(description = "What it is measured against: the limit, the user's normal", example = "500.00") String reference,
            Instant createdAt, boolean notified, String stateChangedBy, Instant stateChangedAt) {

        static AlertJson of(AlertLine line, String text) {
            return new AlertJson(line.id(), line.kind().slug(), line.state().name(), text, line.subscriptionId(), line.msisdn(),
                    line.userName(), line.customerNumber(), line.period(), line.occurredOn(), ApiMoney.of(line.amount()),
                    ApiMoney.of(line.reference()), line.createdAt(), line.notified(), line.stateChangedBy(), line.stateChangedAt());
        }
    }

    record RuleJson(@Schema(example = "roaming-day") String kind, boolean enabled,
            @Schema(description = "Kroner, for roaming-day and unusual-month", example = "500.00") String amount,
            @Schema(description = "Times the user's median month, for unusual-month", example = "3") BigDecimal factor,
            @Schema(description = "Days after the due date, for invoice-overdue", example = "3") Integer days,
            boolean byEmail, boolean bySms, boolean toEmployee, List<Long> recipients, String changedBy, Instant changedAt) {

        static RuleJson of(AlertRule rule) {
            return new RuleJson(rule.kind().slug(), rule.enabled(), ApiMoney.of(rule.amount()), rule.factor(), rule.days(),
                    rule.byEmail(), rule.bySms(), rule.toEmployee(), rule.recipients(), rule.changedBy(), rule.changedAt());
        }
    }

    /** A rule's change: a field left out keeps its value. */
    record RuleBody(Boolean enabled, @Schema(description = "Kroner with a point", example = "500") String amount,
            @Schema(example = "3") String factor, @Schema(example = "3") Integer days, Boolean byEmail, Boolean bySms,
            Boolean toEmployee, @Schema(description = "Portal user ids; empty: the super users") List<Long> recipients) {
    }
}
