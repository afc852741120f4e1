package no.bedriftsportal.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Norwegian mobile number (8 digits starting with 4 or 9), kept in E.164 form ({@code +4791234567})
 * and shown as {@code 912 34 567}. The mobile number is also a portal user's user name.
 */
public record Msisdn(String value) {

    /**
     * What {@link #parse} takes, in the words every door that reads a number uses when it does not
     * (issue #10.7): the operator API ({@code msisdn.invalid}: "Enter a Norwegian mobile number: 8
     * digits starting with 4 or 9.") and the CDR files ("msisdn must be a Norwegian mobile number:
     * 8 digits starting with 4 or 9, was '…'").
     */
    public static final String EXPECTED = "a Norwegian mobile number: 8 digits starting with 4 or 9";

    private static final Pattern E164 = Pattern.compile("\\+47[49]\\d{7}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0.\\-()]");

    public Msisdn {
        if (value == null || !E164.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Norwegian mobile number in E.164 form: " + value);
        }
    }

    /**
     * Reads what a person, a CRM or a mediation system typically writes: {@code 912 34 567},
     * {@code 91234567}, {@code +47 912 34 567}, {@code +47 912-34-567}, {@code 0047 91234567} or
     * {@code 4791234567} (spaces, dashes, dots and brackets between the digits). The one reading of a
     * number for the operator API and the CDR files.
     */
    public static Optional<Msisdn> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input.strip()).replaceAll("");
        String national;
        if (digits.startsWith("+47")) {
            national = digits.substring(3);
        } else if (digits.startsWith("0047")) {
            national = digits.substring(4);
        } else if (digits.length() == 10 && digits.startsWith("47")) {
            national = digits.substring(2);
        } else {
            national = digits;
        }
        String e164 = "+47" + national;
        return E164.matcher(e164).matches() ? Optional.of(new Msisdn(e164)) : Optional.empty();
    }

    public static Msisdn of(String input) {
        return parse(input).orElseThrow(() -> new IllegalArgumentException("not a Norwegian mobile number: " + input));
    }

    /** The 8 national digits. */
    public String national() {
        return value.substring(3);
    }

    /** {@code 912 34 567}, the way Norwegians write a mobile number. */
    public String display() {
        String n = national();
        return n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5);
    }

    @Override
    public String toString() {
        return value;
    }
}
