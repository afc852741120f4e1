package no.bedriftsportal.onboarding;

import java.util.List;

/**
 * The order form as sent (#17.4, G1): every field as typed, so that a refused form comes back with
 * nothing lost. {@code website} is the honeypot, a field people never see.
 */
public record OrderRequest(String orgNumber, String contactName, String contactEmail, String contactPhone, List<String> admins,
        String signerName, String signerRole, boolean consent, Integer termsVersion, String website, String challenge,
        String nonce) {

    static final int MAX_ADMINS = 5;

    public OrderRequest {
        orgNumber = trim(orgNumber);
        contactName = trim(contactName);
        contactEmail = trim(contactEmail);
        contactPhone = trim(contactPhone);
        signerName = trim(signerName);
        signerRole = trim(signerRole);
        website = trim(website);
        admins = admins == null ? List.of() : admins.stream().limit(MAX_ADMINS).map(OrderRequest::trim).toList();
    }

    static OrderRequest empty() {
        return new OrderRequest("", "", "", "", List.of(), "", "", false, null, "", null, null);
    }

    /** The administrator field at {@code index} (0–4), as typed. */
    public String admin(int index) {
        return index < admins.size() ? admins.get(index) : "";
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
