package no.bedriftsportal.customer;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/** The company API's view of the token's company and of the customer numbers the token may see. */
@RestController
@Tag(name = "Company", description = "The token's company and its customer numbers")
class CompanyApi {

    private final Companies companies;

    CompanyApi(Companies companies) {
        this.companies = companies;
    }

    @GetMapping("/api/v1/company")
    @Operation(summary = "The token's company")
    CompanyResource company(@AuthenticationPrincipal ApiClient client) {
        return CompanyResource.of(companies.get(client.companyId()));
    }

    @GetMapping("/api/v1/customer-accounts")
    @Operation(summary = "The customer numbers (invoice accounts) the token may see, by number")
    CursorPage<CustomerAccountResource> customerAccounts(@AuthenticationPrincipal ApiClient client,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 1);
        // a company has a handful of customer numbers: paged here rather than in SQL
        List<CustomerAccountResource> fetched = companies.customerAccounts(client.scope()).stream()
                .filter(account -> after == null || account.number().compareTo(after.key(0)) > 0)
                .limit(pageSize + 1L).map(CustomerAccountResource::of).toList();
        return CursorPage.of(fetched, pageSize, account -> Cursor.of(account.number()));
    }

    record CompanyResource(String orgNumber, String name, String addressLine, String postalCode, String city, String invoiceEmail,
            int paymentTermsDays) {
        static CompanyResource of(Company c) {
            return new CompanyResource(c.orgNumber().value(), c.name(), c.addressLine(), c.postalCode(), c.city(), c.invoiceEmail(),
                    c.paymentTermsDays());
        }
    }

    record CustomerAccountResource(long id, String number, String name) {
        static CustomerAccountResource of(CustomerAccount a) {
            return new CustomerAccountResource(a.id(), a.number(), a.name());
        }
    }
}
