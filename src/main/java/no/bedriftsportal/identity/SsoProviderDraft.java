package no.bedriftsportal.identity;

/**
 * A company's provider as a super user typed it (the page's form, the API's PUT).
 *
 * @param clientSecret the secret, or blank to keep the one stored
 * @param matchClaim   {@code PHONE_NUMBER} or {@code EMAIL}
 * @param emailDomains domains separated by commas, spaces or new lines; blank for none
 */
record SsoProviderDraft(String issuer, String clientId, String clientSecret, String matchClaim, String emailDomains, boolean enabled) {
}
