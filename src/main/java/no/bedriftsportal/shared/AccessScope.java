package no.bedriftsportal.shared;

import java.util.Set;

/**
 * What a request may see of company data: one company, and either all its customer numbers
 * (a super user) or only the granted ones. Every query of tenant data takes one of these.
 *
 * @param companyId          the signed-in user's company
 * @param customerAccountIds the granted customer accounts, or {@code null} for all of the company's
 */
public record AccessScope(long companyId, Set<Long> customerAccountIds) {

    public AccessScope {
        customerAccountIds = customerAccountIds == null ? null : Set.copyOf(customerAccountIds);
    }

    public static AccessScope wholeCompany(long companyId) {
        return new AccessScope(companyId, null);
    }

    public boolean allCustomerAccounts() {
        return customerAccountIds == null;
    }

    public boolean includes(long customerAccountId) {
        return customerAccountIds == null || customerAccountIds.contains(customerAccountId);
    }

    /**
     * The granted ids as a SQL array parameter, or null when all are granted; queries filter with
     * {@code (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))}.
     */
    public Object customerAccountsParameter() {
        return SqlArrays.bigints(customerAccountIds);
    }
}
