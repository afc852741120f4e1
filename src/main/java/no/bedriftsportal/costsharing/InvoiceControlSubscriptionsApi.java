package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.time.YearMonth;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.costsharing.InvoiceControlJson.BulkBody;
import no.bedriftsportal.costsharing.InvoiceControlJson.BulkResult;
import no.bedriftsportal.costsharing.InvoiceControlJson.ChoiceBody;
import no.bedriftsportal.costsharing.InvoiceControlJson.DataControlBody;
import no.bedriftsportal.costsharing.InvoiceControlJson.Subscription;
import no.bedriftsportal.costsharing.InvoiceControlJson.ThisMonth;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The company API's subscriptions in invoice control (#14.2): their profile choices, one or many at a
 * time, and Datakontroll per subscription. The same services as the portal's user list, with the
 * token's scope ({@code invoice-control:read} to read, {@code invoice-control:manage} to change).
 */
@RestController
@Tag(name = "Invoice control: subscriptions", description = "Which profile each subscription has (or No profile, or NEW), in bulk too")
class InvoiceControlSubscriptionsApi {

    private static final String PATH = InvoiceControlJson.PATH + "/subscriptions";

    private final UserList users;
    private final Assignments assignments;
    private final EmployeeControl employees;
    private final EmployeeOverview overview;
    private final Clock clock;

    InvoiceControlSubscriptionsApi(UserList users, Assignments assignments, EmployeeControl employees, EmployeeOverview overview,
            Clock clock) {
        this.users = users;
        this.assignments = assignments;
        this.employees = employees;
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @Operation(summary = "The subscriptions not terminated with their profile choice, by id; filter by customerNumber, "
            + "choice (NEW, NO_PROFILE, PROFILE), profileId, payType (DEFAULT: none of the employee's own) and withoutEmployeeNumber")
    CursorPage<Subscription> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) String choice, @RequestParam(required = false) Long profileId,
            @RequestParam(required = false) String payType, @RequestParam(required = false) Boolean withoutEmployeeNumber,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 1);
        UserListFilter filter = UserListFilter.parse(customerNumber, profileId != null ? String.valueOf(profileId) : choice, payType,
                String.valueOf(Boolean.TRUE.equals(withoutEmployeeNumber)));
        return CursorPage.of(users.page(client.scope(), filter, after == null ? 0 : after.parseLong(0), pageSize + 1).stream()
                .map(Subscription::of).toList(), pageSize, row -> Cursor.of(row.id()));
    }

    @GetMapping(PATH + "/{id}/this-month")
    @Operation(summary = "The subscription's invoice control this month so far: the choice in force, the content purchases with "
            + "their classification (never the other party's number) and, for its employee, an estimate of the deduction and "
            + "benefit computed as the monthly results are (purchases and estimate only when the choice in force is a profile)")
    ThisMonth thisMonth(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        return ThisMonth.of(overview.forSubscription(client.scope(), id, YearMonth.from(Oslo.today(clock)))
                .orElseThrow(() -> new NotFoundException("subscription " + id)));
    }

    @PutMapping(PATH + "/{id}/profile")
    @Operation(summary = "Gives the subscription a profile ({\"choice\": \"PROFILE\", \"profileId\": 12}) or No profile "
            + "({\"choice\": \"NO_PROFILE\"}); a profile's rating rules apply from now")
    Subscription choose(@AuthenticationPrincipal ApiClient client, @PathVariable long id, @RequestBody ChoiceBody body) {
        assignments.choose(client.scope(), List.of(id), choice(body.choice()), body.profileId(), ChangedBy.of(client));
        return Subscription.of(employees.subscription(client.scope(), id));
    }

    @PostMapping(PATH + "/bulk")
    @Operation(summary = "Changes many subscriptions at once: SET_PROFILE (profileId), REMOVE_PROFILE, or SET_PAY_TYPE on "
            + "their employees (payType; null for the settings'); one subscription outside the token's scope refuses all")
    BulkResult bulk(@AuthenticationPrincipal ApiClient client, @RequestBody BulkBody body) {
        UserList.BulkAction action = null;
        for (UserList.BulkAction known : UserList.BulkAction.values()) {
            if (known.name().equals(body.action())) {
                action = known;
            }
        }
        return new BulkResult(users.bulk(client.scope(), action, body.subscriptionIds() == null ? List.of() : body.subscriptionIds(),
                body.profileId(), body.payType(), ChangedBy.of(client)));
    }

    @PutMapping(PATH + "/{id}/data-control")
    @Operation(summary = "Switches Datakontroll on the subscription from now ({\"enabled\":true}); wins until its profile is saved again")
    Subscription dataControl(@AuthenticationPrincipal ApiClient client, @PathVariable long id, @RequestBody DataControlBody body) {
        if (body.enabled() == null) {
            throw new InvalidInputException("enabled", "invoiceControl.api.enabled", "enabled (true or false) is required");
        }
        employees.switchDataControl(client.scope(), id, body.enabled(), ChangedBy.of(client));
        return Subscription.of(employees.subscription(client.scope(), id));
    }

    private static SubscriptionChoice.Choice choice(String value) {
        if ("PROFILE".equals(value)) {
            return SubscriptionChoice.Choice.PROFILE;
        }
        if ("NO_PROFILE".equals(value)) {
            return SubscriptionChoice.Choice.NO_PROFILE;
        }
        throw new InvalidInputException("choice", "invoiceControl.users.error.choice", "choice is PROFILE or NO_PROFILE");
    }
}
