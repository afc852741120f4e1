package no.bedriftsportal.equipment;

import java.util.Optional;

/**
 * An IMEI (International Mobile Equipment Identity): 15 digits whose last is a Luhn check digit over the first 14
 * (DOMAIN-RULES "Organisation number and IMEI"). Spaces, dashes and slashes as people type them are ignored.
 */
public record Imei(String value) {

    public Imei {
        if (!valid(value)) {
            throw new IllegalArgumentException("not an IMEI: " + value);
        }
    }

    /** The IMEI in {@code text}, or empty when it is not 15 digits with a valid check digit. */
    public static Optional<Imei> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s\\-/]", "");
        return valid(digits) ? Optional.of(new Imei(digits)) : Optional.empty();
    }

    static boolean valid(String digits) {
        return digits != null && digits.matches("\\d{15}") && checkDigit(digits.substring(0, 14)) == digits.charAt(14) - '0';
    }

    /** The Luhn check digit of a payload: every second digit from the right of the payload doubled. */
    public static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
