package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import no.bedriftsportal.shared.Msisdn;

/**
 * Checks and converts the value of one CDR field (CDR-FORMAT.md, "Columns"). Each method takes a
 * trimmed value that is present, and throws {@link InvalidField} with a reason naming the field.
 */
final class CdrFields {

    private static final int MAX_CDR_ID_LENGTH = 64;
    private static final int MAX_SHOWN_CHARS = 40;
    private static final int MAX_WHOLE_NUMBER_DIGITS = 18;
    private static final int MAX_AMOUNT_INTEGER_DIGITS = 12;
    private static final int MIN_OTHER_PARTY_DIGITS = 3;
    private static final int MAX_OTHER_PARTY_DIGITS = 17;
    private static final int MOBILE_DIGITS = 8;
    private static final String NORWAY_PREFIX = "+47";

    private CdrFields() {
    }

    static String cdrId(String value) {
        if (!isValidCdrId(value)) {
            throw new InvalidField("cdr_id must be 1–64 characters of A-Z a-z 0-9 . _ : -, was " + shown(value));
        }
        return value;
    }

    static boolean isValidCdrId(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_CDR_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only Norwegian mobile numbers (8 digits starting 4 or 9) are subscriptions; stored as E.164.
     * Every spelling the operator API takes is taken ({@link Msisdn#parse}), and refused in its
     * words; E.164 and 8 digits, what feeds write, are read here without it (the hot path).
     */
    static String msisdn(String value) {
        if (value.length() == NORWAY_PREFIX.length() + MOBILE_DIGITS && value.startsWith(NORWAY_PREFIX)
                && isMobileNumber(value, NORWAY_PREFIX.length())) {
            return value;
        }
        if (value.length() == MOBILE_DIGITS && isMobileNumber(value, 0)) {
            return NORWAY_PREFIX + value;
        }
        return Msisdn.parse(value).map(Msisdn::value)
                .orElseThrow(() -> new InvalidField("msisdn must be " + Msisdn.EXPECTED + ", was " + shown(value)));
    }

    static CdrType type(String value) {
        return switch (value) {
            case "VOICE" -> CdrType.VOICE;
            case "SMS" -> CdrType.SMS;
            case "MMS" -> CdrType.MMS;
            case "DATA" -> CdrType.DATA;
            case "CONTENT" -> CdrType.CONTENT;
            default -> throw new InvalidField("type must be VOICE, SMS, MMS, DATA or CONTENT, was " + shown(value));
        };
    }

    static Direction direction(String value) {
        return switch (value) {
            case "MO" -> Direction.MO;
            case "MT" -> Direction.MT;
            default -> throw new InvalidField("direction must be MO or MT, was " + shown(value));
        };
    }

    /** E.164, national digits or a short code: digits with an optional leading '+'. */
    static String otherParty(String value) {
        int start = value.startsWith("+") ? 1 : 0;
        int digits = value.length() - start;
        if (digits < MIN_OTHER_PARTY_DIGITS || digits > MAX_OTHER_PARTY_DIGITS || !isDigits(value, start, value.length())) {
            throw new InvalidField("other_party must be 3–17 digits with an optional leading '+', was " + shown(value));
        }
        return value;
    }

    /** @param knownCountries each code of the country table, to itself: the one instance every record shares */
    static String visitedCountry(String value, Map<String, String> knownCountries) {
        String code = knownCountries.get(value.toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new InvalidField("visited_country must be an ISO 3166-1 alpha-2 code of the country table, was "
                    + shown(value));
        }
        return code;
    }

    /** {@code duration_s} and {@code volume_bytes}: whole, ≥ 0. */
    static long wholeNumber(CdrColumn column, String value) {
        if (value.length() > MAX_WHOLE_NUMBER_DIGITS || !isDigits(value, 0, value.length())) {
            throw new InvalidField(column.header() + " must be a whole number ≥ 0, was " + shown(value));
        }
        return Long.parseLong(value);
    }

    /** {@code amount_nok}: ≥ 0, '.' as decimal mark, at most 2 decimals; returned with scale 2. */
    static BigDecimal amount(String value) {
        int point = value.indexOf('.');
        int integerDigits = point < 0 ? value.length() : point;
        int decimals = point < 0 ? 0 : value.length() - point - 1;
        boolean valid = integerDigits >= 1 && integerDigits <= MAX_AMOUNT_INTEGER_DIGITS
                && isDigits(value, 0, integerDigits)
                && (point < 0 || (decimals >= 1 && decimals <= 2 && isDigits(value, point + 1, value.length())));
        if (!valid) {
            throw new InvalidField("amount_nok must be a number ≥ 0 with '.' and at most 2 decimals, was " + shown(value));
        }
        return new BigDecimal(value).setScale(2);
    }

    /** {@code vat_rate}: content services carry VAT (25) or none (0, e.g. donations). */
    static int vatRate(String value) {
        return switch (value) {
            case "25" -> 25;
            case "0" -> 0;
            default -> throw new InvalidField("vat_rate must be 25 or 0, was " + shown(value));
        };
    }

    /** A value quoted for a reason, cut short so that a reason stays short. */
    static String shown(String value) {
        return value.length() <= MAX_SHOWN_CHARS
                ? "'" + value + "'"
                : "'" + value.substring(0, MAX_SHOWN_CHARS) + "…'";
    }

    private static boolean isMobileNumber(String value, int start) {
        char first = value.charAt(start);
        return (first == '4' || first == '9') && isDigits(value, start, value.length());
    }

    private static boolean isDigits(String value, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
