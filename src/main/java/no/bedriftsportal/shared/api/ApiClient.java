package no.bedriftsportal.shared.api;

import java.util.Set;

import no.bedriftsportal.shared.AccessScope;

/**
 * The caller of a company API request, as its token says: the principal of every {@code /api/v1}
 * request. Controllers take it with {@code @AuthenticationPrincipal ApiClient client} and pass
 * {@link #scope()} to the application services.
 *
 * @param customerAccountIds the customer numbers the token is limited to, or {@code null} for all of the company's
 */
public record ApiClient(long companyId, long tokenId, String tokenName, Set<ApiScope> scopes, Set<Long> customerAccountIds) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
        customerAccountIds = customerAccountIds == null ? null : Set.copyOf(customerAccountIds);
    }

    /** What this token may see of the company's data. */
    public AccessScope scope() {
        return new AccessScope(companyId, customerAccountIds);
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}
