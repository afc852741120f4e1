package no.bedriftsportal.insights;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiMoney;

/**
 * The company API's savings advice (X1, #18.1; scope {@code insights:read}): the same service as Innsikt →
 * Sparetips, within the token's customer numbers. One row per subscription at most, so not paged.
 */
@RestController
@Tag(name = "Insights", description = "Savings advice, alerts and budgets")
class AdviceApi {

    static final String PATH = "/api/v1/insights/advice";

    private final Advice advice;

    AdviceApi(Advice advice) {
        this.advice = advice;
    }

    @GetMapping(PATH)
    @Operation(summary = "Savings advice: per subscription the plan and extra packages that would have cost least over its "
            + "last six complete months, or termination after 60 days without traffic, with the saving per month and year "
            + "and how confident it is; biggest saving first unless sorted otherwise")
    AdviceList list(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "Only advice of this kind: PLAN, EXTRA_PACKAGES or IDLE") @RequestParam(required = false) String kind,
            @Parameter(description = "Only subscriptions on this customer number") @RequestParam(required = false) String customerNumber,
            @Parameter(description = "saving (default), name, number or department") @RequestParam(required = false) String sort,
            @Parameter(description = "asc or desc") @RequestParam(required = false) String dir) {
        AdviceQuery query = AdviceQuery.parse(name -> switch (name) {
            case "kind" -> kind;
            case "department" -> customerNumber;
            case "sort" -> sort;
            case "dir" -> dir;
            default -> null;
        });
        AdviceReport report = advice.report(client.scope(), query);
        return new AdviceList(report.rows().stream().map(AdviceJson::of).toList(), ApiMoney.of(report.savingPerMonth()),
                ApiMoney.of(report.savingPerYear()), report.window().stream().map(Object::toString).toList(), report.today());
    }

    @Schema(description = "The advice with what it saves in all; months: the complete months read")
    record AdviceList(List<AdviceJson> items, @Schema(example = "1234.00") String savingPerMonth,
            @Schema(example = "14808.00") String savingPerYear, List<String> months, LocalDate today) {
    }

    @Schema(description = "One subscription's advice; amounts in NOK excluding VAT, two decimals")
    record AdviceJson(long subscriptionId, String msisdn, Long employeeId, String holderName, String customerNumber,
            @Schema(example = "PLAN") String kind, @Schema(example = "FRI_20") String currentPlan,
            @Schema(example = "FRI_1", nullable = true) String suggestedPlan, List<HabitJson> extraPackages,
            @Schema(example = "349.00") String currentCostPerMonth, @Schema(example = "199.00") String suggestedCostPerMonth,
            @Schema(example = "150.00") String savingPerMonth, @Schema(example = "1800.00") String savingPerYear,
            @Schema(example = "[\"2026-06\"]") List<String> months, @Schema(example = "HIGH") String confidence,
            LocalDate lastTraffic) {

        static AdviceJson of(AdviceRow row) {
            return new AdviceJson(row.subscriptionId(), row.msisdn(), row.employeeId(), row.holderName(), row.customerNumber(),
                    row.kind().name(), row.currentPlan(), row.suggestedPlan(),
                    row.habit().stream().map(h -> new HabitJson(h.code(), h.count(), h.months())).toList(),
                    ApiMoney.of(row.currentCost()), ApiMoney.of(row.suggestedCost()), ApiMoney.of(row.savingPerMonth()),
                    ApiMoney.of(row.savingPerYear()), row.months().stream().map(Object::toString).toList(),
                    row.confidence().name(), row.lastTraffic());
        }
    }

    @Schema(description = "Extra packages the suggestion counts on: this package, bought count times in months of the months")
    record HabitJson(@Schema(example = "EXTRA_1") String code, int count, int months) {
    }
}
