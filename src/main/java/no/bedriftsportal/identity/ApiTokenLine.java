package no.bedriftsportal.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * A token as Settings → API lists it: its status now, who made it, its customer numbers (empty:
 * all) and the last day it works.
 */
public record ApiTokenLine(ApiToken token, Status status, String createdByName, List<CustomerAccount> accounts) {

    /** A token's state now; the page shows it in words, never in colour alone. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    static ApiTokenLine of(ApiToken token, Instant now, String createdByName, List<CustomerAccount> accounts) {
        Status status = token.revokedAt() != null ? Status.REVOKED : token.activeAt(now) ? Status.ACTIVE : Status.EXPIRED;
        return new ApiTokenLine(token, status, createdByName, accounts);
    }

    public boolean allAccounts() {
        return token.customerAccountIds() == null;
    }

    /** The scopes in a stable order. */
    public List<ApiScope> scopes() {
        return token.scopes().stream().sorted().toList();
    }

    /** The last day the token works (it stops at the start of the next), or null when it has no expiry. */
    public LocalDate lastDay() {
        return token.expiresAt() == null ? null : Oslo.dateOf(token.expiresAt().minusNanos(1));
    }

    /** How the list shows the secret: its first characters and an ellipsis. */
    public String shownPrefix() {
        return token.prefix() + "…";
    }
}
