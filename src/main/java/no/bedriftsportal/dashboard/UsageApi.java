package no.bedriftsportal.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.ApiMoney;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The company API's usage ({@code dashboard:read}): one row per subscription · month · kind, the
 * dashboard's own figures ({@link UsageRows}), for at most 36 months up to this one.
 */
@RestController
@Tag(name = "Usage", description = "Usage and charges per subscription, month and kind: the dashboard's figures, never a call")
class UsageApi {

    static final int MAX_MONTHS = 36;

    private final UsageRows usage;
    private final Clock clock;

    UsageApi(UsageRows usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    @GetMapping("/api/v1/usage")
    @Operation(summary = "Usage per subscription, month (from..to, YYYY-MM, at most 36; this month when left out) and kind; "
            + "amounts excluding VAT")
    CursorPage<UsageJson> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Long subscriptionId, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        YearMonth thisMonth = YearMonth.now(clock.withZone(Oslo.ZONE));
        YearMonth last = to == null || to.isBlank() ? thisMonth : month(to, "to");
        YearMonth first = from == null || from.isBlank() ? last : month(from, "from");
        if (last.isBefore(first) || last.isAfter(thisMonth)
                || first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidInputException("to", "api.period.invalid",
                    "from must be on or before to, to no later than this month, and the period at most " + MAX_MONTHS + " months",
                    MAX_MONTHS);
        }
        Cursor after = Cursor.decode(cursor, 3);
        YearMonth afterMonth = after == null ? null : cursorMonth(after);
        UsageKind afterKind = after == null ? null : UsageKind.ofValue(after.key(2));
        if (after != null && afterKind == null) {
            throw new InvalidInputException(Cursor.PARAMETER, "api.cursor.invalid", "cursor is not one this API gave out");
        }
        long afterSubscription = after == null ? 0 : after.parseLong(1);
        UsageQuery query = new UsageQuery(first, last, subscriptionId, blankToNull(customerNumber), afterMonth, afterSubscription);
        // every subscription-month has its fee row: limit + 2 of them (the cursor's own among them) give more than a page
        List<UsageRow> fetched = usage.rows(client.scope(), query, pageSize + 2).stream()
                .filter(row -> after == null || row.after(afterMonth, afterSubscription, afterKind))
                .limit(pageSize + 1L).toList();
        return CursorPage.of(fetched.stream().map(UsageApi::json).toList(), pageSize,
                row -> Cursor.of(row.month(), row.subscriptionId(), row.kind()));
    }

    private static UsageJson json(UsageRow row) {
        return new UsageJson(row.month().toString(), row.subscriptionId(), row.kind().value(), row.quantity(), row.kind().unit(),
                ApiMoney.of(row.amount()));
    }

    private static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "api.month.invalid", field + " must be a month as YYYY-MM");
        }
    }

    private static YearMonth cursorMonth(Cursor cursor) {
        try {
            return YearMonth.parse(cursor.key(0));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Cursor.PARAMETER, "api.cursor.invalid", "cursor is not one this API gave out");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
