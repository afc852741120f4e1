package no.bedriftsportal.subscription;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The company API's subscriptions ({@code dashboard:read}): those under the token's customer
 * numbers, by id, paged in SQL. One outside them is "not found", never "forbidden", so a token
 * cannot tell another customer number's subscriptions from none.
 */
@RestController
@Tag(name = "Subscriptions", description = "The company's subscriptions with holder, plan, customer number and status")
class SubscriptionApi {

    private final Subscriptions subscriptions;
    private final SubscriptionJsons jsons;
    private final Companies companies;
    private final Clock clock;

    SubscriptionApi(Subscriptions subscriptions, SubscriptionJsons jsons, Companies companies, Clock clock) {
        this.subscriptions = subscriptions;
        this.jsons = jsons;
        this.companies = companies;
        this.clock = clock;
    }

    @GetMapping("/api/v1/subscriptions")
    @Operation(summary = "The subscriptions the token may see, by id; filters customerNumber, status (active, terminated) and msisdn")
    CursorPage<SubscriptionJson> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) String status, @RequestParam(required = false) String msisdn,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 1);
        AccessScope scope = client.scope();
        SubscriptionFilter filter = new SubscriptionFilter(null, msisdn(msisdn), status(status), Oslo.today(clock));
        if (customerNumber != null && !customerNumber.isBlank()) {
            Optional<CustomerAccount> account = companies.customerAccounts(scope).stream()
                    .filter(candidate -> candidate.number().equals(customerNumber.strip())).findFirst();
            if (account.isEmpty()) {
                return new CursorPage<>(List.of(), null); // none of the token's: nothing to show, and nothing told
            }
            filter = new SubscriptionFilter(account.get().id(), filter.msisdn(), filter.status(), filter.today());
        }
        List<Subscription> fetched = subscriptions.page(scope, filter, after == null ? 0 : after.parseLong(0), pageSize + 1);
        return CursorPage.of(jsons.of(scope, fetched), pageSize, subscription -> Cursor.of(subscription.id()));
    }

    @GetMapping("/api/v1/subscriptions/{id}")
    @Operation(summary = "One subscription; 404 when it is not under the token's customer numbers")
    SubscriptionJson get(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        Subscription subscription = subscriptions.find(client.scope(), id).orElseThrow(() -> new NotFoundException("subscription"));
        return jsons.of(client.scope(), List.of(subscription)).get(0);
    }

    private static SubscriptionFilter.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> SubscriptionFilter.Status.ACTIVE;
            case "terminated" -> SubscriptionFilter.Status.TERMINATED;
            default -> throw new InvalidInputException("status", "api.status.invalid", "status must be active or terminated");
        };
    }

    private static Msisdn msisdn(String msisdn) {
        if (msisdn == null || msisdn.isBlank()) {
            return null;
        }
        return Msisdn.parse(msisdn).orElseThrow(() -> new InvalidInputException("msisdn", "msisdn.invalid",
                "msisdn must be " + Msisdn.EXPECTED + ", optionally with +47"));
    }
}
