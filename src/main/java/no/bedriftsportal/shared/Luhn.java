package no.bedriftsportal.shared;

/**
 * The Luhn check digit (ISO/IEC 7812-1; "MOD10" in Norwegian KID): from the right, every second digit
 * of the payload, starting with its last, is doubled and its digits summed; the check digit brings the
 * sum to a multiple of 10. KIDs, SIM card numbers (ICCID) and IMEIs all end in one.
 */
public final class Luhn {

    private Luhn() {
    }

    /** The check digit for a payload of ASCII digits. */
    public static int checkDigit(String payloadDigits) {
        int sum = 0;
        for (int i = 0; i < payloadDigits.length(); i++) {
            int product = (payloadDigits.charAt(payloadDigits.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the digits end in the check digit of the ones before it. */
    public static boolean endsInCheckDigit(String digits) {
        return digits.length() > 1 && checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }
}
