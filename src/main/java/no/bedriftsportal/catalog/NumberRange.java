package no.bedriftsportal.catalog;

import java.util.Objects;

/**
 * A row of the catalogue's {@code number_range} table: national numbers from {@code firstNumber}
 * to {@code lastNumber} inclusive, both of the same length.
 */
public record NumberRange(String firstNumber, String lastNumber, NumberKind kind, boolean contentService) {

    public NumberRange {
        Objects.requireNonNull(kind, "kind");
        if (!isDigits(firstNumber) || !isDigits(lastNumber) || firstNumber.length() != lastNumber.length()
                || firstNumber.compareTo(lastNumber) > 0) {
            throw new IllegalArgumentException(
                    "number range " + firstNumber + "–" + lastNumber + ": bounds must be digits of one length, first ≤ last");
        }
        if (!kind.isNumberRangeKind()) {
            throw new IllegalArgumentException("number range " + firstNumber + ": kind " + kind + " is not a range kind");
        }
    }

    /** Equal-length digit strings compare as numbers do. */
    public boolean contains(String digits) {
        return digits.length() == firstNumber.length()
                && firstNumber.compareTo(digits) <= 0
                && digits.compareTo(lastNumber) <= 0;
    }

    public long width() {
        return Long.parseLong(lastNumber) - Long.parseLong(firstNumber);
    }

    private static boolean isDigits(String value) {
        return value != null && !value.isEmpty() && value.length() <= 18
                && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
