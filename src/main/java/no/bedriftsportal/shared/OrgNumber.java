package no.bedriftsportal.shared;

import java.util.Optional;

/**
 * A Norwegian organisation number: 9 digits, the last a MOD11 check digit with weights
 * 3, 2, 7, 6, 5, 4, 3, 2 (a remainder that gives check digit 10 makes the number invalid).
 */
public record OrgNumber(String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrgNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid organisation number: " + value);
        }
    }

    /** Accepts the digits with or without spaces, as in {@code 923 609 016}. */
    public static Optional<OrgNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s\\u00a0]", "");
        return isValid(digits) ? Optional.of(new OrgNumber(digits)) : Optional.empty();
    }

    public static OrgNumber of(String input) {
        return parse(input).orElseThrow(() -> new IllegalArgumentException("not a valid organisation number: " + input));
    }

    static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{9}")) {
            return false;
        }
        Integer check = checkDigit(digits.substring(0, 8));
        return check != null && check == digits.charAt(8) - '0';
    }

    /** The check digit for 8 leading digits, or null when none exists (remainder 1). */
    public static Integer checkDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }

    /** {@code 923 609 016}. */
    public String display() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
