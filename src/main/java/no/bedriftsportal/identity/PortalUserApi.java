package no.bedriftsportal.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The company API's portal users and their access ({@code access:read}, which only a super user
 * gives a token): who may log in, with which role, modules and customer numbers, as Settings →
 * Access lists them ({@link PortalUsers}). A token limited to some customer numbers sees only the
 * portal users whose own subscription is under them, and of each only those customer numbers: a
 * name, a number or a customer number of another department is never told.
 */
@RestController
@Tag(name = "Portal users", description = "Who may log in to the portal, and what they may see")
class PortalUserApi {

    private final PortalUsers portalUsers;
    private final Companies companies;

    PortalUserApi(PortalUsers portalUsers, Companies companies) {
        this.portalUsers = portalUsers;
        this.companies = companies;
    }

    @GetMapping("/api/v1/portal-users")
    @Operation(summary = "The company's portal users, by id")
    CursorPage<PortalUserJson> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<PortalUser> fetched = portalUsers.page(client.scope(), after == null ? 0 : after.parseLong(0), pageSize + 1);
        Map<Long, String> numbers = companies.customerAccounts(client.scope()).stream()
                .collect(Collectors.toMap(CustomerAccount::id, CustomerAccount::number));
        return CursorPage.of(fetched.stream().map(user -> json(user, numbers)).toList(), pageSize, user -> Cursor.of(user.id()));
    }

    private static PortalUserJson json(PortalUser user, Map<Long, String> numbers) {
        List<String> modules = (user.superUser() ? Arrays.stream(PortalModule.values()) : user.modules().stream())
                .sorted().map(module -> module.name().toLowerCase(Locale.ROOT)).toList();
        List<String> customerNumbers = (user.superUser() ? numbers.values().stream()
                : user.customerAccountIds().stream().map(numbers::get).filter(number -> number != null)).sorted().toList();
        return new PortalUserJson(user.id(), user.msisdn().value(), user.name(), user.role().name().toLowerCase(Locale.ROOT), modules,
                customerNumbers, user.createdAt());
    }
}
