package no.bedriftsportal.billing;

import java.util.regex.Pattern;

/**
 * Seller or buyer on an invoice, with what bokføringsforskriften § 5-1-1 asks of each: name,
 * organisation number and address.
 *
 * @param orgNumber   9 digits (the MOD11 check is the shared {@code OrgNumber}'s job)
 * @param countryCode ISO 3166-1 alpha-2, {@code NO}
 * @param email       may be null
 */
public record Party(String name, String orgNumber, String addressLine, String postalCode, String city,
                    String countryCode, String email) {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Party {
        Required.text(name, "name");
        Required.text(addressLine, "addressLine");
        Required.text(postalCode, "postalCode");
        Required.text(city, "city");
        if (orgNumber == null || !NINE_DIGITS.matcher(orgNumber).matches()) {
            throw new IllegalArgumentException("organisation number must be 9 digits: " + orgNumber);
        }
        if (countryCode == null || !COUNTRY.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + countryCode);
        }
        if (email != null && email.isBlank()) {
            email = null;
        }
    }
}
