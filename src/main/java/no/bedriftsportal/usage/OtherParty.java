package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.NumberKind;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * What the other number of a call or message is, for pricing: a Norwegian number (domestic, or
 * one of the catalogue's number ranges) or a foreign one with its country and zone.
 *
 * @param country ISO 3166-1 alpha-2; {@code NO} for Norwegian numbers
 * @param zone    the zone of {@code country}
 */
record OtherParty(NumberKind kind, String country, Zone zone, boolean contentService) {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final String NORWAY = "NO";
    private static final String NORWAY_CALLING_CODE = "47";
    private static final String INTERNATIONAL_PREFIX = "00";
    private static final String UNKNOWN_REGION = "ZZ";

    /**
     * Classifies the {@code other_party} of a record, as validated by the parser. Empty when the
     * number is foreign and its country is not in the country table.
     */
    static Optional<OtherParty> classify(String raw, Tariffs tariffs) {
        if (raw.startsWith("+")) {
            return international(raw.substring(1), tariffs);
        }
        if (raw.startsWith(INTERNATIONAL_PREFIX)) {
            return international(raw.substring(INTERNATIONAL_PREFIX.length()), tariffs);
        }
        return Optional.of(national(raw, tariffs));
    }

    boolean isForeign() {
        return kind == NumberKind.FOREIGN;
    }

    private static OtherParty national(String digits, Tariffs tariffs) {
        return tariffs.narrowestRangeContaining(digits)
                .map(range -> new OtherParty(range.kind(), NORWAY, Zone.NO, range.contentService()))
                .orElseGet(() -> new OtherParty(NumberKind.DOMESTIC, NORWAY, Zone.NO, false));
    }

    /**
     * +47 is read by us rather than libphonenumber, which would place +4779… on Svalbard (SJ):
     * a Norwegian number given as +47 is domestic.
     */
    private static Optional<OtherParty> international(String digits, Tariffs tariffs) {
        if (digits.startsWith(NORWAY_CALLING_CODE)) {
            return Optional.of(national(digits.substring(NORWAY_CALLING_CODE.length()), tariffs));
        }
        String country = countryOf(digits);
        return tariffs.zoneOf(country)
                .filter(zone -> zone != Zone.NO)
                .map(zone -> new OtherParty(NumberKind.FOREIGN, country, zone, false));
    }

    /**
     * The country of the number; for a number libphonenumber does not know as valid, the main
     * country of its calling code (e.g. US for +1). {@code ZZ} or {@code 001} (non-geographic)
     * when there is none; neither is in the country table.
     */
    private static String countryOf(String digits) {
        try {
            PhoneNumber number = PHONE_NUMBERS.parse("+" + digits, UNKNOWN_REGION);
            String country = PHONE_NUMBERS.getRegionCodeForNumber(number);
            return country != null ? country : PHONE_NUMBERS.getRegionCodeForCountryCode(number.getCountryCode());
        } catch (NumberParseException e) {
            return UNKNOWN_REGION;
        }
    }
}
