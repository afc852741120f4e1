package no.bedriftsportal.insights;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiMoney;

/**
 * The company API's budgets (X3, #18.3): the same service as Budsjett — a month's budgets with cost so far and
 * forecast per department and user, and setting a department's or a user's budget from a month on.
 */
@RestController
@Tag(name = "Budgets", description = "Monthly budgets per department and user, with the cost so far and the forecast to month end")
class BudgetApi {

    static final String PATH = "/api/v1/insights/budgets";

    private final Budgets budgets;

    BudgetApi(Budgets budgets) {
        this.budgets = budgets;
    }

    @GetMapping(PATH)
    @Operation(summary = "Every department (with or without a budget) and every user with a budget for the month: budget, "
            + "cost so far, forecast at month end with its interval (about 90 %), NOK excl. VAT")
    BudgetList list(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The month, yyyy-MM (default this month)", example = "2026-12") @RequestParam(required = false)
            String month) {
        YearMonth chosen = month == null || month.isBlank() ? budgets.thisMonth() : parse(month);
        return new BudgetList(chosen.toString(), budgets.overview(client.scope(), chosen).stream().map(BudgetJson::of).toList());
    }

    @PutMapping(PATH + "/departments/{customerNumber}")
    @Operation(summary = "Sets a department's monthly budget from a month on (it holds until changed); amount null ends it")
    BudgetJson setDepartment(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The department's customer number", example = "12345678") @PathVariable String customerNumber,
            @RequestBody BudgetBody body) {
        return BudgetJson.of(budgets.set(client.scope(), body.input(customerNumber, ""), "API: " + client.tokenName()));
    }

    @PutMapping(PATH + "/users/{msisdn}")
    @Operation(summary = "Sets a user's (a subscription's) monthly budget from a month on; amount null ends it")
    BudgetJson setUser(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The user's mobile number", example = "91234567") @PathVariable String msisdn,
            @RequestBody BudgetBody body) {
        return BudgetJson.of(budgets.set(client.scope(), body.input("", msisdn), "API: " + client.tokenName()));
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "budgets.error.month", "the month is written yyyy-MM");
        }
    }

    record BudgetBody(@Schema(description = "Kroner excl. VAT with a point; null ends the budget from the month", example = "25000.00")
            String amount, @Schema(description = "The month it holds from, yyyy-MM (default this month)", example = "2026-12")
            String fromMonth) {

        BudgetInput input(String customerNumber, String msisdn) {
            return new BudgetInput(customerNumber, msisdn, amount == null ? "" : amount, fromMonth == null ? "" : fromMonth,
                    amount == null);
        }
    }

    record BudgetList(String month, List<BudgetJson> budgets) {
    }

    record BudgetJson(@Schema(description = "DEPARTMENT or USER") String kind, String customerNumber, String department,
            @Schema(description = "The user's mobile number (E.164)") String msisdn, String userName,
            @Schema(description = "null when none is set", example = "25000.00") String budget,
            @Schema(description = "The month the budget holds from") String budgetFrom,
            @Schema(example = "11250.40") String actual, @Schema(example = "26480.10") String forecast,
            String forecastLow, String forecastHigh,
            @Schema(description = "The forecast passes the budget") boolean overBudget) {

        static BudgetJson of(BudgetLine line) {
            BudgetTarget target = line.target();
            return new BudgetJson(target.user() ? "USER" : "DEPARTMENT", target.customerNumber(), target.department(),
                    target.msisdn(), target.userName(), line.budget() == null ? null : ApiMoney.of(line.budget()),
                    line.budgetFrom() == null ? null : line.budgetFrom().toString(), ApiMoney.of(line.forecast().actual()),
                    ApiMoney.of(line.forecast().total()), ApiMoney.of(line.forecast().low()), ApiMoney.of(line.forecast().high()),
                    line.over());
        }
    }
}
