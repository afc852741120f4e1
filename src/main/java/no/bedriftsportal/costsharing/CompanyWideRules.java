package no.bedriftsportal.costsharing;

import org.springframework.security.access.AccessDeniedException;

import no.bedriftsportal.shared.AccessScope;

/**
 * Profiles and settings are the company's, over every customer number: only a user (or API token)
 * that sees all of them may change them. One limited to some customer numbers reads them and gives
 * its own subscriptions a profile, but does not change the rules of the others'.
 */
final class CompanyWideRules {

    private CompanyWideRules() {
    }

    /** Whether this scope may change profiles and settings (the pages show them read-only otherwise). */
    static boolean allows(AccessScope scope) {
        return scope.allCustomerAccounts();
    }

    static void requireWholeCompany(AccessScope scope) {
        if (!allows(scope)) {
            throw new AccessDeniedException("Only a user with every customer number changes the company's profiles and settings");
        }
    }
}
