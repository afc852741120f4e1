package no.bedriftsportal.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SIM card's number, the ICCID of ITU-T E.118: 19 or 20 digits, {@code 89} (telecommunications)
 * first, then the country, the issuer and the card's serial, and last a Luhn check digit over the
 * others, so that a mistyped digit (and most swaps of two neighbours) is caught where it is typed.
 * Kept as the digits alone; the database checks the same shape (V34).
 */
public record Iccid(String value) {

    /** What {@link #parse} takes, in the words the operator API uses when it does not ({@code iccid} in its problem). */
    public static final String EXPECTED = "a SIM card number (ICCID): 19 or 20 digits starting with 89, the last a Luhn check digit";

    private static final Pattern DIGITS = Pattern.compile("89\\d{17,18}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\-]");

    public Iccid {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid ICCID: " + value);
        }
    }

    /** Reads the number as printed on a card or typed from one: {@code 8947 0800 0000 0000 0019}, with spaces or dashes. */
    public static Optional<Iccid> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input.strip()).replaceAll("");
        return isValid(digits) ? Optional.of(new Iccid(digits)) : Optional.empty();
    }

    public static Iccid of(String input) {
        return parse(input).orElseThrow(() -> new IllegalArgumentException("not a valid ICCID: " + input));
    }

    /**
     * The ICCID that these 18 or 19 digits (starting with 89) begin: they with their Luhn check
     * digit. For cards made up by the demo and the benchmarks.
     */
    public static Iccid withCheckDigit(String withoutCheckDigit) {
        return new Iccid(withoutCheckDigit + Luhn.checkDigit(withoutCheckDigit));
    }

    static boolean isValid(String digits) {
        return digits != null && DIGITS.matcher(digits).matches()
                && Luhn.endsInCheckDigit(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
