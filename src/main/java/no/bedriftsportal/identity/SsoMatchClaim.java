package no.bedriftsportal.identity;

/**
 * Which claim of the provider's ID token finds the portal user (X5, #18.5): a verified mobile number
 * ({@code phone_number} with {@code phone_number_verified}, what a BankID broker gives) or a verified
 * e-mail address ({@code email} with {@code email_verified}, what Entra ID and Google give). An
 * unverified claim never matches.
 */
enum SsoMatchClaim {
    PHONE_NUMBER("phone_number", "phone_number_verified", "phone"),
    EMAIL("email", "email_verified", "email");

    private final String claim;
    private final String verifiedClaim;
    private final String scope;

    SsoMatchClaim(String claim, String verifiedClaim, String scope) {
        this.claim = claim;
        this.verifiedClaim = verifiedClaim;
        this.scope = scope;
    }

    String claim() {
        return claim;
    }

    String verifiedClaim() {
        return verifiedClaim;
    }

    /** The OpenID scope that asks the provider for the claim. */
    String scope() {
        return scope;
    }
}
