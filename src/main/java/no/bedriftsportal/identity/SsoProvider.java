package no.bedriftsportal.identity;

import java.time.Instant;
import java.util.List;

/**
 * A company's connected OpenID Connect provider as stored (X5, #18.5). The client secret stays
 * sealed here ({@link SsoSecretCipher}); only the token request opens it.
 *
 * @param emailDomains the work e-mail domains that lead a user on the login page to this provider (lower case)
 */
record SsoProvider(long companyId, String issuer, String clientId, byte[] sealedSecret, SsoMatchClaim matchClaim,
        List<String> emailDomains, boolean enabled, String changedBy, Instant changedAt) {

    /** The registration id of the company's provider in Spring Security's OAuth2 login: in its callback path. */
    static String registrationId(long companyId) {
        return "company-" + companyId;
    }

    /** The company of a registration id, or -1 for one that is not a company's. */
    static long companyOf(String registrationId) {
        if (registrationId == null || !registrationId.matches("company-\\d{1,18}")) {
            return -1;
        }
        return Long.parseLong(registrationId.substring("company-".length()));
    }
}
